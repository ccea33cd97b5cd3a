namespace Platform.Contracts.Events.Agreements;

/// <summary>An active or suspended agreement reached its expiry time and is no longer in force.</summary>
public sealed record AgreementExpired : AgreementFact;
