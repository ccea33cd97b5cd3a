namespace Platform.Assurance.Domain.Funding;

/// <summary>
/// Clause 3.1 for one promisor and year. The fund is what was allocated (the promisor "sets up a fund of
/// not less than P% of annual service revenue"); spending is reported by purpose. Only entries in the
/// revenue's currency count; the others are reported apart per currency.
/// </summary>
public sealed record FundingAssessment(
    int Year,
    FundingStatusKind Status,
    FundMoney? Revenue,
    decimal Allocated,
    decimal Spent,
    IReadOnlyDictionary<FundingPurpose, decimal> SpentByPurpose,
    decimal? PercentOfRevenue,
    FundingRequirement? Requirement,
    IReadOnlyList<UncountedAmounts> Uncounted)
{
    /// <summary>Decimals kept in a reported percentage; it is cut, not rounded, so a fund just short never shows the target.</summary>
    public const int PercentDecimals = 4;

    public static FundingAssessment Of(int year, FundMoney? revenue, IEnumerable<FundEntry> entries, FundingRequirement? requirement)
    {
        var ofYear = entries.Where(e => e.Year == year).ToList();
        var counted = ofYear.Where(e => e.Currency == revenue?.Currency).ToList();
        var allocated = Sum(counted, FundEntryKind.Allocation);
        var spentByPurpose = Enum.GetValues<FundingPurpose>()
            .ToDictionary(p => p, p => Sum(counted.Where(e => e.Purpose == p), FundEntryKind.Spending));
        var uncounted = ofYear
            .Where(e => e.Currency != revenue?.Currency)
            .GroupBy(e => e.Currency)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UncountedAmounts(g.Key, Sum(g, FundEntryKind.Allocation), Sum(g, FundEntryKind.Spending)))
            .ToList();
        var status = requirement is null ? FundingStatusKind.NoActiveAgreement
            : revenue is null ? FundingStatusKind.NoRevenueDeclared
            // Compared without dividing, so exactly at the target is met and a cent below is short.
            : allocated * 100 >= requirement.MinPercentOfRevenue * revenue.Amount ? FundingStatusKind.Met
            : FundingStatusKind.Shortfall;
        return new FundingAssessment(
            year,
            status,
            revenue,
            allocated,
            spentByPurpose.Values.Sum(),
            spentByPurpose,
            revenue is null ? null : Percent(allocated, revenue.Amount),
            requirement,
            uncounted);
    }

    /// <summary><paramref name="part"/> as a percentage of <paramref name="whole"/>, cut to <see cref="PercentDecimals"/> decimals.</summary>
    public static decimal Percent(decimal part, decimal whole) =>
        decimal.Round(part * 100 / whole, PercentDecimals, MidpointRounding.ToZero);

    private static decimal Sum(IEnumerable<FundEntry> entries, FundEntryKind kind) =>
        entries.Where(e => e.Kind == kind).Sum(e => e.Amount);
}
