namespace Platform.Assurance.Domain.Funding;

/// <summary>
/// The year-end assessments of one promisor and year (clause 3.1). A year is assessed at its end and again
/// whenever something of it is recorded after its end; the first shortfall found is reported, once.
/// </summary>
public sealed class FundingYearEnd
{
    // For EF Core.
    private FundingYearEnd()
    {
        PromisorId = string.Empty;
    }

    public string PromisorId { get; private set; }

    public int Year { get; private set; }

    public DateTimeOffset LastAssessedAt { get; private set; }

    public FundingStatusKind LastStatus { get; private set; }

    /// <summary>When the shortfall was reported (FundingShortfallFound); null while none was found.</summary>
    public DateTimeOffset? ShortfallReportedAt { get; private set; }

    public decimal? ReportedPercentOfRevenue { get; private set; }

    public decimal? ReportedRequiredPercent { get; private set; }

    /// <summary>Incremented by every assessment; the concurrency token, so two assessments at once cannot both report.</summary>
    public long Version { get; private set; }

    public static FundingYearEnd Of(string promisorId, int year) => new() { PromisorId = promisorId, Year = year };

    /// <summary>Keeps an assessment made after the year's end; true when it is the first shortfall of the year, to be reported.</summary>
    public bool Record(FundingAssessment assessment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Year != Year)
        {
            throw new ArgumentException($"An assessment of {assessment.Year} cannot be kept for {Year}.", nameof(assessment));
        }

        Version++;
        LastAssessedAt = now;
        LastStatus = assessment.Status;
        if (assessment.Status != FundingStatusKind.Shortfall || ShortfallReportedAt is not null)
        {
            return false;
        }

        ShortfallReportedAt = now;
        ReportedPercentOfRevenue = assessment.PercentOfRevenue;
        ReportedRequiredPercent = assessment.Requirement!.MinPercentOfRevenue;
        return true;
    }
}
