namespace Platform.Contracts.Events.Disputes;

/// <summary>A dispute case ended: settled, awarded or judged (its breaches are settled), or withdrawn (they return to the status they had before the case).</summary>
public sealed record DisputeResolved : IntegrationEvent
{
    /// <summary>Dispute id.</summary>
    public required Guid DisputeId { get; init; }

    /// <summary>The agreement disputed.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>Breaches the case was about.</summary>
    public IReadOnlyList<Guid> BreachIds { get; init; } = [];

    /// <summary>"Settled", "Awarded", "Judged" or "Withdrawn".</summary>
    public required string Outcome { get; init; }
}
