using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Surveys;

/// <summary>
/// Clause 2.3.3 over the years: a survey is expected once a year while an agreement is in force. A year with a
/// survey is surveyed; one that is over (UTC), had an agreement in force and no survey is missing; one not over
/// yet is pending; one with no agreement in force expects none.
/// </summary>
public static class SurveyRecord
{
    /// <summary>Most years one answer covers.</summary>
    public const int MaxYears = 100;

    /// <summary>The first instant of <paramref name="year"/>, UTC.</summary>
    public static DateTimeOffset StartOf(int year) => new(year, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static SurveyYearStatus StatusOf(int year, bool surveyed, IEnumerable<AgreementPeriod> periods, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (surveyed)
        {
            return SurveyYearStatus.Surveyed;
        }

        if (!periods.Any(p => p.Overlaps(year)))
        {
            return SurveyYearStatus.NotRequired;
        }

        return now >= StartOf(year + 1) ? SurveyYearStatus.Missing : SurveyYearStatus.Pending;
    }

    /// <summary>The years asked for: <paramref name="toYear"/> defaults to the current year, <paramref name="fromYear"/> to four years before it.</summary>
    public static (int From, int To) Range(int fromYear, int toYear, DateTimeOffset now)
    {
        var to = toYear == 0 ? now.UtcDateTime.Year : toYear;
        if (to is < SurveyResult.FirstYear or > 9000)
        {
            throw RuleViolationException.Invalid("to_year", $"to_year {to} is not a year between {SurveyResult.FirstYear} and 9000.");
        }

        var from = fromYear == 0 ? to - 4 : fromYear;
        if (from < SurveyResult.FirstYear || from > to)
        {
            throw RuleViolationException.Invalid("from_year", $"from_year {from} must be between {SurveyResult.FirstYear} and to_year {to}.");
        }

        if (to - from + 1 > MaxYears)
        {
            throw RuleViolationException.Invalid("to_year", $"The range {from}–{to} spans more than {MaxYears} years.");
        }

        return (from, to);
    }
}
