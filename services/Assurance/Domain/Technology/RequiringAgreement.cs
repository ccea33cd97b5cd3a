namespace Platform.Assurance.Domain.Technology;

/// <summary>An active agreement of the promisor and the capabilities its terms in force at the instant require.</summary>
public sealed record RequiringAgreement(Guid AgreementId, string Number, int TermsVersion, IReadOnlyList<string> RequiredCapabilities);
