using Platform.SharedKernel.Calendar;

namespace Platform.SharedKernel.Tests.Calendar;

public sealed class ServiceCalendarValidationTests
{
    [Fact]
    public void Round_the_clock_has_no_zone_schedule_or_holidays()
    {
        var calendar = ServiceCalendar.RoundTheClock;

        Assert.Equal(ServiceCalendarKind.RoundTheClock, calendar.Kind);
        Assert.Null(calendar.TimeZoneId);
        Assert.Empty(calendar.WeeklySchedule);
        Assert.Empty(calendar.Holidays);
    }

    [Fact]
    public void Business_hours_keep_zone_schedule_and_holidays()
    {
        var calendar = CalendarBuilder.OfficeHours().WithHoliday(2026, 10, 3).Build();

        Assert.Equal(ServiceCalendarKind.BusinessHours, calendar.Kind);
        Assert.Equal("Europe/Berlin", calendar.TimeZoneId);
        Assert.Equal(5, calendar.WeeklySchedule.Length);
        Assert.Equal([new DateOnly(2026, 10, 3)], calendar.Holidays);
    }

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("Europe/Berlin")]
    [InlineData("America/New_York")]
    [InlineData("UTC")]
    public void IANA_time_zones_are_accepted(string zone)
    {
        var calendar = CalendarBuilder.OfficeHours(zone).Build();

        Assert.Equal(zone, calendar.TimeZoneId);
    }

    [Fact]
    public void Time_zone_is_kept_in_its_canonical_spelling()
    {
        var calendar = CalendarBuilder.OfficeHours("asia/shanghai").Build();

        Assert.Equal("Asia/Shanghai", calendar.TimeZoneId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Business_hours_without_a_time_zone_name_the_time_zone(string? zone)
    {
        var error = Assert.Throws<RuleViolationException>(() => CalendarBuilder.OfficeHours().InZone(zone).Build());

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("terms.service_calendar.business_hours.time_zone", error.Subject);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("China Standard Time")]
    [InlineData("Local")]
    [InlineData("../../etc/passwd")]
    [InlineData("/usr/share/zoneinfo/UTC")]
    [InlineData("Europe/Berlin ")]
    public void Unknown_time_zone_is_refused(string zone)
    {
        var error = Assert.Throws<RuleViolationException>(() => CalendarBuilder.OfficeHours(zone).Build());

        Assert.Equal("terms.service_calendar.business_hours.time_zone", error.Subject);
        Assert.Contains("IANA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlong_time_zone_is_refused_with_a_shortened_echo()
    {
        var error = Assert.Throws<RuleViolationException>(() => CalendarBuilder.OfficeHours(new string('A', 500)).Build());

        Assert.Equal("terms.service_calendar.business_hours.time_zone", error.Subject);
        Assert.True(error.Message.Length < 300);
    }

    [Fact]
    public void Business_hours_without_windows_name_the_weekly_schedule()
    {
        var error = Assert.Throws<RuleViolationException>(() => ServiceCalendar.BusinessHours("Europe/Berlin", []));

        Assert.Equal("terms.service_calendar.business_hours.weekly_schedule", error.Subject);
    }

    [Fact]
    public void Missing_weekly_schedule_is_refused_like_an_empty_one()
    {
        var error = Assert.Throws<RuleViolationException>(() => ServiceCalendar.BusinessHours("Europe/Berlin", null));

        Assert.Equal("terms.service_calendar.business_hours.weekly_schedule", error.Subject);
    }

    [Fact]
    public void Too_many_windows_are_refused()
    {
        var windows = Enumerable.Range(0, ServiceCalendar.MaxWindows + 1)
            .Select(i => new WorkingWindow((DayOfWeek)(i % 7), new TimeOnly(i / 7, 0), new TimeOnly(i / 7, 30)));

        var error = Assert.Throws<RuleViolationException>(() => ServiceCalendar.BusinessHours("Europe/Berlin", windows));

        Assert.Equal("terms.service_calendar.business_hours.weekly_schedule", error.Subject);
    }

    [Fact]
    public void Undefined_day_of_week_names_that_window()
    {
        var error = Assert.Throws<RuleViolationException>(() =>
            CalendarBuilder.OfficeHours().On((DayOfWeek)7, "09:00", "17:00").Build());

        Assert.Equal("terms.service_calendar.business_hours.weekly_schedule[5].day_of_week", error.Subject);
    }

    [Theory]
    [InlineData("17:00", "09:00")]
    [InlineData("09:00", "09:00")]
    [InlineData("22:00", "06:00")]
    public void Window_not_ending_after_its_start_names_its_end(string start, string end)
    {
        var error = Assert.Throws<RuleViolationException>(() =>
            new CalendarBuilder().On(DayOfWeek.Monday, "08:00", "09:00").On(DayOfWeek.Tuesday, start, end).Build());

        Assert.Equal("terms.service_calendar.business_hours.weekly_schedule[1].end", error.Subject);
    }

    [Fact]
    public void Window_may_end_at_midnight()
    {
        var calendar = new CalendarBuilder().On(DayOfWeek.Friday, "18:00", "24:00").Build();

        var window = Assert.Single(calendar.WeeklySchedule);
        Assert.True(window.EndsAtMidnight);
        Assert.Equal("Friday 18:00–24:00", window.ToString());
    }

    [Fact]
    public void Window_from_midnight_to_midnight_is_the_whole_day()
    {
        var calendar = new CalendarBuilder().On(DayOfWeek.Sunday, "00:00", "24:00").Build();

        var sunday = Instant.Berlin(2026, 3, 1, 0);
        Assert.Equal(TimeSpan.FromHours(24), calendar.WorkingTimeBetween(sunday, sunday.AddDays(1)));
    }

    [Fact]
    public void Overlapping_windows_on_the_same_day_name_the_later_one()
    {
        var error = Assert.Throws<RuleViolationException>(() => new CalendarBuilder()
            .On(DayOfWeek.Monday, "13:00", "17:00")
            .On(DayOfWeek.Tuesday, "09:00", "12:00")
            .On(DayOfWeek.Monday, "09:00", "13:30")
            .Build());

        Assert.Equal("terms.service_calendar.business_hours.weekly_schedule[2]", error.Subject);
        Assert.Contains("weekly_schedule[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_window_twice_overlaps()
    {
        var error = Assert.Throws<RuleViolationException>(() =>
            new CalendarBuilder().On(DayOfWeek.Monday, "09:00", "17:00").On(DayOfWeek.Monday, "09:00", "17:00").Build());

        Assert.Equal("terms.service_calendar.business_hours.weekly_schedule[1]", error.Subject);
    }

    [Fact]
    public void Windows_that_touch_do_not_overlap()
    {
        var calendar = new CalendarBuilder().On(DayOfWeek.Monday, "09:00", "12:00").On(DayOfWeek.Monday, "12:00", "17:00").Build();

        Assert.Equal(2, calendar.WeeklySchedule.Length);
    }

    [Fact]
    public void Schedule_is_ordered_from_Monday_by_start()
    {
        var calendar = new CalendarBuilder()
            .On(DayOfWeek.Sunday, "10:00", "12:00")
            .On(DayOfWeek.Monday, "13:00", "17:00")
            .On(DayOfWeek.Monday, "09:00", "12:00")
            .Build();

        Assert.Equal(
            ["Monday 09:00–12:00", "Monday 13:00–17:00", "Sunday 10:00–12:00"],
            calendar.WeeklySchedule.Select(window => window.ToString()));
    }

    [Fact]
    public void Repeated_holidays_are_kept_once_and_in_order()
    {
        var calendar = CalendarBuilder.OfficeHours().WithHoliday(2026, 12, 25).WithHoliday(2026, 10, 1).WithHoliday(2026, 12, 25).Build();

        Assert.Equal([new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 25)], calendar.Holidays);
    }

    [Fact]
    public void Too_many_holidays_are_refused()
    {
        var holidays = Enumerable.Range(0, ServiceCalendar.MaxHolidays + 1).Select(i => new DateOnly(2026, 1, 1).AddDays(i));

        var error = Assert.Throws<RuleViolationException>(() =>
            ServiceCalendar.BusinessHours("Europe/Berlin", [new WorkingWindow(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(17, 0))], holidays));

        Assert.Equal("terms.service_calendar.business_hours.holidays", error.Subject);
    }
}
