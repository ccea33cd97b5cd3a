using System.Globalization;
using Platform.SharedKernel;

namespace Platform.Agreements.Domain.Breaches;

/// <summary>Checks free text given to a breach and writes the times and numbers its keys and descriptions show.</summary>
internal static class BreachText
{
    internal const int MaxNameLength = 300;
    internal const int MaxNoteLength = 2000;

    internal static string Require(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw RuleViolationException.Invalid(field, $"{field} is required.");
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw RuleViolationException.Invalid(field, $"{field} must be at most {maxLength} characters.");
        }

        return trimmed;
    }

    internal static void RequireId(Guid id, string field)
    {
        if (id == Guid.Empty)
        {
            throw RuleViolationException.Invalid(field, $"{field} is required.");
        }
    }

    /// <summary>UTC to the second: a time read back from the database (microseconds) gives the same text as the original (ticks).</summary>
    internal static string Instant(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    internal static string Date(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A measured rate, cut (not rounded) to two decimals, so a rate below a target never reads as equal to it.</summary>
    internal static string Rate(decimal percent) =>
        (Math.Truncate(percent * 100) / 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    internal static string Percent(decimal percent) =>
        percent.ToString("0.####", CultureInfo.InvariantCulture) + "%";

    internal static string Number(decimal value) =>
        value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>
    /// A period (UTC) as a person names it: "2026-04" for a calendar month, "2026-Q2" for a quarter, "2026" for
    /// a year, else its first and last day, e.g. "2026-04-10 to 2026-05-09".
    /// </summary>
    internal static string Period(DateTimeOffset start, DateTimeOffset end)
    {
        var from = start.UtcDateTime;
        var to = end.UtcDateTime;
        if (from.Day == 1 && from.TimeOfDay == TimeSpan.Zero)
        {
            if (to == from.AddMonths(1))
            {
                return from.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            }

            if (to == from.AddMonths(3) && from.Month % 3 == 1)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{from.Year:D4}-Q{((from.Month - 1) / 3) + 1}");
            }

            if (to == from.AddYears(1) && from.Month == 1)
            {
                return from.ToString("yyyy", CultureInfo.InvariantCulture);
            }
        }

        var lastDay = to.TimeOfDay == TimeSpan.Zero ? end.AddDays(-1) : end;
        return $"{Date(start)} to {Date(lastDay)}";
    }

    /// <summary>A duration in the largest whole unit: "4 hours", "90 minutes", "30 seconds".</summary>
    internal static string Duration(TimeSpan duration) =>
        duration.Ticks % TimeSpan.TicksPerHour == 0 ? Plural(duration.TotalHours, "hour")
        : duration.Ticks % TimeSpan.TicksPerMinute == 0 ? Plural(duration.TotalMinutes, "minute")
        : Plural(Math.Round(duration.TotalSeconds, 3), "second");

    private static string Plural(double count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(count == 1 ? string.Empty : "s")}");
}
