namespace Platform.Contracts.Events.Agreements;

/// <summary>A suspended agreement is in force again.</summary>
public sealed record AgreementResumed : AgreementFact;
