namespace Platform.Assurance.Domain.Funding;

/// <summary>One terms version of an active agreement of the promisor, as far as clause 3.1 needs it.</summary>
public sealed record FundingTerms(Guid AgreementId, string AgreementNumber, int Version, DateTimeOffset EffectiveFrom, decimal MinPercentOfRevenue);
