using Platform.SharedKernel.Calendar;

namespace Platform.SharedKernel.Tests.Calendar;

/// <summary>Local dates and the first instant of a local day, which measurement periods are built from.</summary>
public sealed class CalendarDaysTests
{
    [Fact]
    public void Date_at_an_instant_is_the_local_date_of_the_calendar_zone()
    {
        var shanghai = CalendarBuilder.OfficeHours("Asia/Shanghai").Build();

        Assert.Equal(new DateOnly(2026, 3, 1), shanghai.DateAt(Instant.Utc(2026, 2, 28, 16)));
        Assert.Equal(new DateOnly(2026, 2, 28), shanghai.DateAt(Instant.Utc(2026, 2, 28, 15, 59)));
    }

    [Fact]
    public void Round_the_clock_counts_days_in_utc()
    {
        Assert.Equal(new DateOnly(2026, 2, 28), ServiceCalendar.RoundTheClock.DateAt(Instant.Utc(2026, 2, 28, 23, 59)));
        Assert.Equal(Instant.Utc(2026, 3, 1, 0), ServiceCalendar.RoundTheClock.StartOfDay(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Start_of_day_is_local_midnight_in_utc()
    {
        var shanghai = CalendarBuilder.OfficeHours("Asia/Shanghai").Build();

        Assert.Equal(Instant.Utc(2026, 2, 28, 16), shanghai.StartOfDay(new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Start_of_day_follows_daylight_saving_time()
    {
        var berlin = CalendarBuilder.OfficeHours().Build();

        Assert.Equal(Instant.Utc(2026, 3, 28, 23), berlin.StartOfDay(new DateOnly(2026, 3, 29)));
        Assert.Equal(Instant.Utc(2026, 3, 29, 22), berlin.StartOfDay(new DateOnly(2026, 3, 30)));
    }

    [Fact]
    public void Start_of_a_day_whose_midnight_is_skipped_is_the_moment_of_the_jump()
    {
        // Chile moves its clocks from 00:00 to 01:00 on 2026-09-06: that day starts at 01:00 local, 04:00 UTC.
        var santiago = CalendarBuilder.OfficeHours("America/Santiago").Build();

        Assert.Equal(Instant.Utc(2026, 9, 6, 4), santiago.StartOfDay(new DateOnly(2026, 9, 6)));
        Assert.Equal(new DateOnly(2026, 9, 6), santiago.DateAt(santiago.StartOfDay(new DateOnly(2026, 9, 6))));
    }
}
