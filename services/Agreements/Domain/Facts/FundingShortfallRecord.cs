namespace Platform.Agreements.Domain.Facts;

/// <summary>Agreements' own copy of a year-end funding shortfall of a promisor (clause 3.1), for the compliance report.</summary>
public sealed class FundingShortfallRecord
{
    // For EF Core.
    private FundingShortfallRecord()
    {
        PromisorId = string.Empty;
    }

    public FundingShortfallRecord(string promisorId, int year, decimal percentOfRevenue, decimal requiredPercent)
    {
        PromisorId = promisorId;
        Year = year;
        PercentOfRevenue = percentOfRevenue;
        RequiredPercent = requiredPercent;
    }

    public string PromisorId { get; private set; }

    public int Year { get; private set; }

    public decimal PercentOfRevenue { get; private set; }

    public decimal RequiredPercent { get; private set; }
}
