namespace Platform.Assurance.Domain.Funding;

/// <summary>The clause 3.1 requirement that applies to a promisor: the highest minimum among its active agreements, and which agreement sets it.</summary>
public sealed record FundingRequirement(decimal MinPercentOfRevenue, Guid AgreementId, string AgreementNumber)
{
    /// <summary>
    /// The highest <see cref="FundingTerms.MinPercentOfRevenue"/> among the terms in force at <paramref name="at"/>
    /// (per agreement, its highest version effective by then); ties go to the lowest agreement number. Null when
    /// no agreement has terms in force then.
    /// </summary>
    public static FundingRequirement? Highest(IEnumerable<FundingTerms> terms, DateTimeOffset at) =>
        terms
            .Where(t => t.EffectiveFrom <= at)
            .GroupBy(t => t.AgreementId)
            .Select(versions => versions.MaxBy(t => t.Version)!)
            .OrderByDescending(t => t.MinPercentOfRevenue)
            .ThenBy(t => t.AgreementNumber, StringComparer.Ordinal)
            .Select(t => new FundingRequirement(t.MinPercentOfRevenue, t.AgreementId, t.AgreementNumber))
            .FirstOrDefault();
}
