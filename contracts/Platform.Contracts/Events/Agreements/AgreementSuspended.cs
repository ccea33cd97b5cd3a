namespace Platform.Contracts.Events.Agreements;

/// <summary>An agreement is temporarily not enforced: no new work is accepted for it until it is resumed.</summary>
public sealed record AgreementSuspended : AgreementFact
{
    /// <summary>Why it was suspended.</summary>
    public required string Reason { get; init; }
}
