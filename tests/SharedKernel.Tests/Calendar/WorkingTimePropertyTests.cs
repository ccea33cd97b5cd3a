using Platform.SharedKernel.Calendar;
using static Platform.SharedKernel.Tests.Calendar.Instant;

namespace Platform.SharedKernel.Tests.Calendar;

/// <summary>
/// Checks over many starts and durations around the 2026 daylight-saving changes: counting forward and
/// measuring back agree, and both agree with a minute-by-minute count of the local wall clock.
/// </summary>
public sealed class WorkingTimePropertyTests
{
    private static readonly TimeSpan[] Durations =
    [
        TimeSpan.Zero, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(59), TimeSpan.FromHours(1), TimeSpan.FromHours(4.5),
        TimeSpan.FromHours(8), TimeSpan.FromHours(9.25), TimeSpan.FromHours(40), TimeSpan.FromHours(123.5),
    ];

    public static TheoryData<string> Zones => ["Europe/Berlin", "America/New_York", "Asia/Shanghai"];

    /// <summary>Weekday office hours with a lunch break, a short Saturday, Sunday hours around both DST changes, and a holiday.</summary>
    private static ServiceCalendar Calendar(string zone) => new CalendarBuilder().InZone(zone)
        .OnWeekdays("08:30", "12:00").OnWeekdays("13:00", "17:30")
        .On(DayOfWeek.Saturday, "10:00", "14:00")
        .On(DayOfWeek.Sunday, "00:30", "03:30").On(DayOfWeek.Sunday, "04:00", "24:00")
        .WithHoliday(2026, 3, 31).WithHoliday(2026, 10, 27).WithHoliday(2026, 11, 3)
        .Build();

    private static IEnumerable<DateTimeOffset> Starts()
    {
        foreach (var around in new[] { Utc(2026, 3, 4, 0), Utc(2026, 3, 25, 0), Utc(2026, 10, 21, 0), Utc(2026, 10, 28, 0) })
        {
            for (var minutes = 0; minutes < 10 * 24 * 60; minutes += 7 * 60 + 13)
            {
                yield return around.AddMinutes(minutes);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public void Working_time_to_the_due_instant_is_the_duration(string zone)
    {
        var calendar = Calendar(zone);

        foreach (var start in Starts())
        {
            foreach (var duration in Durations)
            {
                var due = calendar.AddWorkingTime(start, duration);

                Assert.True(due >= start, $"{zone}: due {due:O} before start {start:O}");
                Assert.Equal(duration, calendar.WorkingTimeBetween(start, due));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public void Adding_the_working_time_of_a_span_reaches_its_last_working_moment(string zone)
    {
        var calendar = Calendar(zone);

        foreach (var start in Starts())
        {
            foreach (var end in Durations.Skip(1).Select(span => start + span * 1.7))
            {
                var worked = calendar.WorkingTimeBetween(start, end);
                if (worked == TimeSpan.Zero)
                {
                    continue;
                }

                var due = calendar.AddWorkingTime(start, worked);

                Assert.True(due <= end, $"{zone}: due {due:O} after end {end:O}");
                Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(due, end));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Zones))]
    public void Working_time_matches_a_minute_by_minute_count_of_the_wall_clock(string zone)
    {
        var calendar = Calendar(zone);
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(zone);

        foreach (var from in new[] { Utc(2026, 3, 1, 0), Utc(2026, 3, 22, 0), Utc(2026, 10, 18, 0), Utc(2026, 10, 28, 0) })
        {
            var counted = TimeSpan.Zero;
            for (var minute = 0; minute < 14 * 24 * 60; minute++)
            {
                var instant = from.AddMinutes(minute);
                counted += IsWorkingMinute(calendar, timeZone, instant) ? TimeSpan.FromMinutes(1) : TimeSpan.Zero;
                if (minute % 97 == 0)
                {
                    Assert.Equal(counted, calendar.WorkingTimeBetween(from, instant.AddMinutes(1)));
                }
            }
        }
    }

    /// <summary>The oracle: a minute counts when the wall clock at its start is in a window of a non-holiday date.</summary>
    private static bool IsWorkingMinute(ServiceCalendar calendar, TimeZoneInfo zone, DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        return !calendar.Holidays.Contains(date) && calendar.WeeklySchedule.Any(window =>
            window.DayOfWeek == date.DayOfWeek && time >= window.Start && (window.EndsAtMidnight || time < window.End));
    }
}
