namespace Platform.Contracts.Events.Agreements;

/// <summary>An agreement was ended for good by a party.</summary>
public sealed record AgreementTerminated : AgreementFact
{
    /// <summary>Why it was terminated.</summary>
    public required string Reason { get; init; }
}
