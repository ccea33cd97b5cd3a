using Platform.SharedKernel.Calendar;

namespace Platform.Complaints.Domain.Clocks;

/// <summary>
/// The arithmetic of a clock run: working time of the service calendar counted from the run's start, with
/// the credited pause spans left out. All instants are UTC; the calendar handles time zones and
/// daylight-saving changes.
/// </summary>
public static class ClockMath
{
    /// <summary>The time counted against the clock from its start until <paramref name="at"/>.</summary>
    public static TimeSpan Used(ComplaintClock clock, DateTimeOffset at, IReadOnlyList<PauseSpan> spans, ServiceCalendar calendar)
    {
        var cursor = clock.StartedAt;
        if (at <= cursor)
        {
            return TimeSpan.Zero;
        }

        var used = TimeSpan.Zero;
        foreach (var span in spans)
        {
            if (span.End <= cursor)
            {
                continue;
            }

            if (span.Start >= at)
            {
                break;
            }

            if (span.Start > cursor)
            {
                used += calendar.WorkingTimeBetween(cursor, span.Start);
            }

            cursor = span.End;
            if (cursor >= at)
            {
                return used;
            }
        }

        return used + calendar.WorkingTimeBetween(cursor, at);
    }

    /// <summary>The instant at which the clock will have counted <paramref name="target"/>, given the pause spans.</summary>
    public static DateTimeOffset InstantWhenUsed(ComplaintClock clock, TimeSpan target, IReadOnlyList<PauseSpan> spans, ServiceCalendar calendar)
    {
        var cursor = clock.StartedAt;
        var remaining = target;
        foreach (var span in spans)
        {
            if (span.End <= cursor)
            {
                continue;
            }

            if (span.Start > cursor)
            {
                var available = calendar.WorkingTimeBetween(cursor, span.Start);
                if (available >= remaining)
                {
                    return calendar.AddWorkingTime(cursor, remaining);
                }

                remaining -= available;
            }

            cursor = span.End;
        }

        return calendar.AddWorkingTime(cursor, remaining);
    }
}
