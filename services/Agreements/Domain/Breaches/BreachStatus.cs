namespace Platform.Agreements.Domain.Breaches;

/// <summary>
/// Where a breach stands: Open → Acknowledged → Remedied; Open or Acknowledged → Disputed (a dispute case
/// was opened on it) → Settled (the case was resolved), or back to Open or Acknowledged (the case was
/// withdrawn). Remedied and Settled are final.
/// </summary>
public enum BreachStatus
{
    /// <summary>Determined and not yet acknowledged by the promisor.</summary>
    Open,

    /// <summary>The promisor acknowledged it.</summary>
    Acknowledged,

    /// <summary>The promisor remedied it; final.</summary>
    Remedied,

    /// <summary>A dispute case was opened on it (section 5).</summary>
    Disputed,

    /// <summary>The dispute case on it was resolved; final.</summary>
    Settled,
}
