using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Surveys;

/// <summary>Clause 4.2.3 as Agreements judges it (its BreachRules.RectificationDeadline): the same date on both sides.</summary>
public static class RectificationRules
{
    /// <summary>
    /// The deadline to rectify a low survey score: K calendar months after the report was received, counted in
    /// UTC, so it is the same whatever offset the time arrives with; a day the month lacks becomes its last day
    /// (31 January + 1 month = 28 or 29 February). A rectification exactly at the deadline is in time.
    /// </summary>
    public static DateTimeOffset Deadline(DateTimeOffset reportReceivedAt, int rectificationMonths)
    {
        if (rectificationMonths is < 1 or > 1200)
        {
            throw RuleViolationException.Invalid("rectification_months", "The rectification period K must be between 1 and 1200 months.");
        }

        return reportReceivedAt.ToUniversalTime().AddMonths(rectificationMonths);
    }

    /// <summary>Whether a deadline has passed at <paramref name="now"/>: only after it, not at it.</summary>
    public static bool HasPassed(DateTimeOffset deadline, DateTimeOffset now) => now > deadline;
}
