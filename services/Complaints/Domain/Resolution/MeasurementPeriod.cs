using Platform.SharedKernel;
using Platform.SharedKernel.Calendar;

namespace Platform.Complaints.Domain.Resolution;

/// <summary>
/// A period over which resolution rates are measured (clause 2.3.2): a calendar month, quarter or year in the
/// agreement's service-calendar time zone (UTC round the clock), or — for tests and demos — a fixed length
/// counted from the Unix epoch.
/// </summary>
public sealed record MeasurementPeriod(DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The period of <paramref name="kind"/> ("Month", "Quarter" or "Year") that contains <paramref name="at"/>.</summary>
    public static MeasurementPeriod Containing(DateTimeOffset at, string kind, ServiceCalendar calendar, TimeSpan? fixedLength = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (fixedLength is { } length && length > TimeSpan.Zero)
        {
            var index = (at - DateTimeOffset.UnixEpoch).Ticks / length.Ticks;
            var start = DateTimeOffset.UnixEpoch + TimeSpan.FromTicks(index * length.Ticks);
            return new MeasurementPeriod(start, start + length);
        }

        var date = calendar.DateAt(at);
        var (first, months) = kind switch
        {
            "Month" => (new DateOnly(date.Year, date.Month, 1), 1),
            "Quarter" => (new DateOnly(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1), 3),
            "Year" => (new DateOnly(date.Year, 1, 1), 12),
            _ => throw RuleViolationException.Precondition(
                "complaint.measurement_period_unknown", "measurement_period", $"The agreement's measurement period '{kind}' is not Month, Quarter or Year."),
        };
        return new MeasurementPeriod(calendar.StartOfDay(first), calendar.StartOfDay(first.AddMonths(months)));
    }

    public bool Contains(DateTimeOffset at) => Start <= at && at < End;
}
