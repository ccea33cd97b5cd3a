
namespace Platform.SharedKernel.Calendar;

/// <summary>
/// Counting time by the calendar. Everything is computed on UTC instants: each working window of each
/// local date becomes a UTC interval (see <see cref="ZoneTime.ToUtc"/>), so a window on a daylight-saving
/// day is as long as the real time it spans (01:00–04:00 is 2 hours when clocks jump forward, 4 when they
/// go back).
/// </summary>
public sealed partial class ServiceCalendar
{
    /// <summary>How far <see cref="AddWorkingTime"/> looks ahead before it gives up.</summary>
    public const int SearchHorizonYears = 20;

    private static readonly DateOnly FirstCountableDate = DateOnly.MinValue.AddDays(2);
    private static readonly DateOnly LastCountableDate = DateOnly.MaxValue.AddDays(-2);

    /// <summary>
    /// The instant when <paramref name="duration"/> of counted time has passed, counting from
    /// <paramref name="startUtc"/>. Outside working time, counting begins at the next window opening, so a
    /// zero duration gives the start itself inside working time and the next opening outside it. A duration
    /// that ends exactly at a window's close gives that close.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The duration is negative.</exception>
    /// <exception cref="RuleViolationException">
    /// FAILED_PRECONDITION <c>service_calendar.not_enough_working_time</c>: the calendar has less than the
    /// duration of working time in the <see cref="SearchHorizonYears"/> years after the start.
    /// </exception>
    public DateTimeOffset AddWorkingTime(DateTimeOffset startUtc, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        var start = startUtc.UtcDateTime;
        if (_zone is null)
        {
            return new DateTimeOffset(start, TimeSpan.Zero) + duration;
        }

        var remaining = duration;
        var horizon = LocalDate(start) < LastCountableDate.AddYears(-SearchHorizonYears)
            ? LocalDate(start).AddYears(SearchHorizonYears)
            : LastCountableDate;
        foreach (var (open, close) in WorkingIntervals(start, horizon))
        {
            var from = open > start ? open : start;
            if (close <= from)
            {
                continue;
            }

            if (remaining <= close - from)
            {
                return new DateTimeOffset(from + remaining, TimeSpan.Zero);
            }

            remaining -= close - from;
        }

        throw RuleViolationException.Precondition(
            "service_calendar.not_enough_working_time",
            CalendarFields.ServiceCalendar,
            $"The service calendar ({this}) has {(duration == TimeSpan.Zero ? "no" : $"less than {duration} of")} working time in the {SearchHorizonYears} years after {startUtc:O}.");
    }

    /// <summary>The counted time between two instants: the part of [from, to) that falls in working time.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toUtc"/> is before <paramref name="fromUtc"/>.</exception>
    public TimeSpan WorkingTimeBetween(DateTimeOffset fromUtc, DateTimeOffset toUtc)
    {
        if (toUtc < fromUtc)
        {
            throw new ArgumentOutOfRangeException(nameof(toUtc), toUtc, $"The end must not be before the start ({fromUtc:O}).");
        }

        var from = fromUtc.UtcDateTime;
        var to = toUtc.UtcDateTime;
        if (_zone is null)
        {
            return to - from;
        }

        var total = TimeSpan.Zero;
        var lastDate = LocalDate(to) < LastCountableDate ? LocalDate(to).AddDays(1) : LastCountableDate;
        foreach (var (open, close) in WorkingIntervals(from, lastDate))
        {
            if (open >= to)
            {
                break;
            }

            var overlap = (close < to ? close : to) - (open > from ? open : from);
            if (overlap > TimeSpan.Zero)
            {
                total += overlap;
            }
        }

        return total;
    }

    /// <summary>
    /// The working windows as UTC intervals, in order, from the local date before <paramref name="fromUtc"/>'s
    /// (a window there may still be open) to <paramref name="lastDate"/>. Windows that the clocks skip entirely
    /// are left out.
    /// </summary>
    private IEnumerable<(DateTime Open, DateTime Close)> WorkingIntervals(DateTime fromUtc, DateOnly lastDate)
    {
        var zone = _zone!;
        var firstDate = LocalDate(fromUtc) > FirstCountableDate ? LocalDate(fromUtc).AddDays(-1) : FirstCountableDate;
        for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            if (Holidays.Contains(date))
            {
                continue;
            }

            var midnight = date.ToDateTime(TimeOnly.MinValue);
            foreach (var window in _windowsByDay[(int)date.DayOfWeek])
            {
                var open = ZoneTime.ToUtc(zone, midnight + window.StartOfWindow);
                var close = ZoneTime.ToUtc(zone, midnight + window.EndOfWindow);
                if (close > open)
                {
                    yield return (open, close);
                }
            }
        }
    }

    private DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, _zone!));
}
