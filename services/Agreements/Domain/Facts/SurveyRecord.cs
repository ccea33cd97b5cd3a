namespace Platform.Agreements.Domain.Facts;

/// <summary>
/// Agreements' own copy of a third-party survey result (clause 2.3.3) and its rectification, with the
/// agreements it covers, so clause 4.2.3 can be judged while Assurance is down.
/// </summary>
public sealed class SurveyRecord
{
    // For EF Core.
    private SurveyRecord()
    {
        PromisorId = string.Empty;
    }

    public SurveyRecord(Guid id, string promisorId, int year, decimal score, DateTimeOffset reportReceivedAt, IReadOnlyList<Guid> agreementIds, decimal? scaleMin = null, decimal? scaleMax = null)
        : this()
    {
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
        Id = id;
        PromisorId = promisorId;
        Year = year;
        Score = score;
        ReportReceivedAt = reportReceivedAt;
        AgreementIds = agreementIds;
    }

    public Guid Id { get; private set; }

    public string PromisorId { get; private set; }

    public int Year { get; private set; }

    /// <summary>The score, on the evaluator's scale.</summary>
    public decimal Score { get; private set; }

    /// <summary>Lowest score of the evaluator's scale, when Assurance sent it.</summary>
    public decimal? ScaleMin { get; private set; }

    /// <summary>Highest score of the evaluator's scale, when Assurance sent it.</summary>
    public decimal? ScaleMax { get; private set; }

    public DateTimeOffset ReportReceivedAt { get; private set; }

    public DateTimeOffset? RectifiedAt { get; private set; }

    /// <summary>The agreements in force at the report that it covers.</summary>
    public IReadOnlyList<Guid> AgreementIds { get; private set; } = [];

    /// <summary>The score on the scale of <paramref name="floor"/>, to compare with it.</summary>
    public decimal ScoreOnScaleOf(Terms.SatisfactionFloor floor) => floor.OnThisScale(Score, ScaleMin, ScaleMax);

    /// <summary>Records the rectification; the first one reported counts.</summary>
    public bool Rectify(DateTimeOffset rectifiedAt)
    {
        if (RectifiedAt is not null)
        {
            return false;
        }

        RectifiedAt = rectifiedAt;
        return true;
    }
}
