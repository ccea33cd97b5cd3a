using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Surveys;

/// <summary>
/// What an evaluator's report says: the year surveyed (not in the future), the score on its scale, and when the
/// promisor received the report (not in the future, not before the year surveyed).
/// </summary>
public sealed record SurveyResult
{
    /// <summary>The earliest year a survey may be recorded for.</summary>
    public const int FirstYear = 1900;

    private SurveyResult(int year, SurveyScore score, DateTimeOffset reportReceivedAt)
    {
        Year = year;
        Score = score;
        ReportReceivedAt = reportReceivedAt;
    }

    public int Year { get; }

    public SurveyScore Score { get; }

    public DateTimeOffset ReportReceivedAt { get; }

    public static SurveyResult Of(int year, SurveyScore score, DateTimeOffset? reportReceivedAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(score);
        var currentYear = now.UtcDateTime.Year;
        if (year == 0)
        {
            throw RuleViolationException.Invalid("year", "year is required: the year surveyed.");
        }

        if (year < FirstYear || year > currentYear)
        {
            throw RuleViolationException.Invalid("year", $"year {year} is not a year that can have been surveyed: it must be between {FirstYear} and {currentYear}.");
        }

        var received = reportReceivedAt ?? throw RuleViolationException.Invalid("report_received_at", "report_received_at is required.");
        if (received > now)
        {
            throw RuleViolationException.Invalid("report_received_at", $"report_received_at {received:O} is in the future; record the survey when the report has been received.");
        }

        if (received.UtcDateTime.Year < year)
        {
            throw RuleViolationException.Invalid("report_received_at", $"report_received_at {received:O} is before the year surveyed, {year}.");
        }

        return new SurveyResult(year, score, received);
    }
}
