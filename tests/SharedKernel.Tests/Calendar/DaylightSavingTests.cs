using Platform.SharedKernel.Calendar;
using static Platform.SharedKernel.Tests.Calendar.Instant;

namespace Platform.SharedKernel.Tests.Calendar;

/// <summary>
/// 2026 transitions: Berlin springs forward on Sunday 29 March at 02:00 (01:00Z) and falls back on Sunday
/// 25 October at 03:00 (01:00Z); New York springs forward on Sunday 8 March at 02:00 (07:00Z) and falls back
/// on Sunday 1 November at 02:00 (06:00Z). Expected instants are written in UTC, worked out by hand.
/// </summary>
public sealed class DaylightSavingTests
{
    private static ServiceCalendar Sundays(string zone, string start, string end) =>
        new CalendarBuilder().InZone(zone).On(DayOfWeek.Sunday, start, end).Build();

    [Fact]
    public void Berlin_office_hours_across_the_spring_forward_weekend_follow_the_new_offset()
    {
        var calendar = CalendarBuilder.OfficeHours("Europe/Berlin").Build();

        var due = calendar.AddWorkingTime(Utc(2026, 3, 27, 15), TimeSpan.FromHours(2));

        Assert.Equal(Utc(2026, 3, 30, 8), due);
    }

    [Fact]
    public void Berlin_office_hours_across_the_fall_back_weekend_follow_the_new_offset()
    {
        var calendar = CalendarBuilder.OfficeHours("Europe/Berlin").Build();

        var due = calendar.AddWorkingTime(Utc(2026, 10, 23, 14), TimeSpan.FromHours(2));

        Assert.Equal(Utc(2026, 10, 26, 9), due);
    }

    [Fact]
    public void New_York_office_hours_across_the_spring_forward_weekend_follow_the_new_offset()
    {
        var calendar = CalendarBuilder.OfficeHours("America/New_York").Build();

        var due = calendar.AddWorkingTime(Utc(2026, 3, 6, 21), TimeSpan.FromHours(2));

        Assert.Equal(Utc(2026, 3, 9, 14), due);
    }

    [Fact]
    public void New_York_office_hours_across_the_fall_back_weekend_follow_the_new_offset()
    {
        var calendar = CalendarBuilder.OfficeHours("America/New_York").Build();

        var due = calendar.AddWorkingTime(Utc(2026, 10, 30, 20), TimeSpan.FromHours(2));

        Assert.Equal(Utc(2026, 11, 2, 15), due);
    }

    [Theory]
    [InlineData("Europe/Berlin", 2026, 3, 29, 0, 2)]
    [InlineData("America/New_York", 2026, 3, 8, 6, 8)]
    public void Window_01_to_04_is_two_real_hours_when_clocks_spring_forward(string zone, int year, int month, int day, int openUtc, int closeUtc)
    {
        var calendar = Sundays(zone, "01:00", "04:00");
        var open = Utc(year, month, day, openUtc);

        Assert.Equal(TimeSpan.FromHours(2), calendar.WorkingTimeBetween(open.AddDays(-1), open.AddDays(1)));
        Assert.Equal(open, calendar.AddWorkingTime(open.AddHours(-5), TimeSpan.Zero));
        Assert.Equal(Utc(year, month, day, closeUtc), calendar.AddWorkingTime(open, TimeSpan.FromHours(2)));
    }

    [Theory]
    [InlineData("Europe/Berlin", 2026, 10, 24, 23, 2026, 10, 25, 3)]
    [InlineData("America/New_York", 2026, 11, 1, 5, 2026, 11, 1, 9)]
    public void Window_01_to_04_is_four_real_hours_when_clocks_fall_back(
        string zone, int openYear, int openMonth, int openDay, int openHour, int closeYear, int closeMonth, int closeDay, int closeHour)
    {
        var calendar = Sundays(zone, "01:00", "04:00");
        var open = Utc(openYear, openMonth, openDay, openHour);
        var close = Utc(closeYear, closeMonth, closeDay, closeHour);

        Assert.Equal(TimeSpan.FromHours(4), calendar.WorkingTimeBetween(open.AddDays(-1), open.AddDays(1)));
        Assert.Equal(open, calendar.AddWorkingTime(open.AddHours(-5), TimeSpan.Zero));
        Assert.Equal(close, calendar.AddWorkingTime(open, TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Counting_past_a_short_spring_forward_window_resumes_a_week_later()
    {
        var calendar = Sundays("Europe/Berlin", "01:00", "04:00");

        var due = calendar.AddWorkingTime(Utc(2026, 3, 29, 0), TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));

        Assert.Equal(Utc(2026, 4, 4, 23, 1), due);
    }

    [Fact]
    public void Window_opening_in_the_skipped_hour_opens_when_the_clocks_jump()
    {
        var calendar = Sundays("Europe/Berlin", "02:30", "05:00");

        Assert.Equal(Utc(2026, 3, 29, 1), calendar.AddWorkingTime(Utc(2026, 3, 28, 12), TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromHours(2), calendar.WorkingTimeBetween(Utc(2026, 3, 28, 12), Utc(2026, 3, 30, 0)));
    }

    [Fact]
    public void Window_wholly_in_the_skipped_hour_does_not_open_that_day()
    {
        var calendar = Sundays("Europe/Berlin", "02:10", "02:50");

        Assert.Equal(TimeSpan.Zero, calendar.WorkingTimeBetween(Utc(2026, 3, 28, 12), Utc(2026, 3, 30, 0)));
        Assert.Equal(Utc(2026, 4, 5, 0, 20), calendar.AddWorkingTime(Utc(2026, 3, 28, 12), TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void Window_opening_in_the_repeated_hour_opens_at_its_first_occurrence()
    {
        var calendar = Sundays("America/New_York", "01:30", "03:00");

        Assert.Equal(Utc(2026, 11, 1, 5, 30), calendar.AddWorkingTime(Utc(2026, 11, 1, 0), TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromHours(2.5), calendar.WorkingTimeBetween(Utc(2026, 11, 1, 0), Utc(2026, 11, 2, 0)));
    }

    [Fact]
    public void Windows_meeting_in_the_repeated_hour_count_every_real_hour_once()
    {
        var calendar = new CalendarBuilder().On(DayOfWeek.Sunday, "00:00", "02:30").On(DayOfWeek.Sunday, "02:30", "06:00").Build();

        Assert.Equal(Utc(2026, 10, 25, 0, 30), calendar.AddWorkingTime(Utc(2026, 10, 24, 22), TimeSpan.FromHours(2.5)));
        Assert.Equal(TimeSpan.FromHours(7), calendar.WorkingTimeBetween(Utc(2026, 10, 24, 12), Utc(2026, 10, 26, 0)));
    }

    [Fact]
    public void Start_in_the_second_pass_of_the_repeated_hour_counts_from_the_start()
    {
        var calendar = Sundays("America/New_York", "01:00", "04:00");

        Assert.Equal(Utc(2026, 11, 1, 7, 30), calendar.AddWorkingTime(Utc(2026, 11, 1, 6, 30), TimeSpan.FromHours(1)));
        Assert.Equal(TimeSpan.FromHours(2.5), calendar.WorkingTimeBetween(Utc(2026, 11, 1, 6, 30), Utc(2026, 11, 1, 12)));
    }

    [Fact]
    public void Whole_day_windows_count_23_and_25_hour_days_as_they_are()
    {
        var calendar = new CalendarBuilder().EveryDay("00:00", "24:00").Build();

        Assert.Equal(TimeSpan.FromHours(23), calendar.WorkingTimeBetween(Utc(2026, 3, 28, 23), Utc(2026, 3, 29, 22)));
        Assert.Equal(TimeSpan.FromHours(25), calendar.WorkingTimeBetween(Utc(2026, 10, 24, 22), Utc(2026, 10, 25, 23)));
    }

    [Fact]
    public void Holiday_after_a_short_day_starts_at_local_midnight()
    {
        var calendar = new CalendarBuilder().EveryDay("00:00", "24:00").WithHoliday(2026, 3, 30).Build();

        var due = calendar.AddWorkingTime(Utc(2026, 3, 28, 23), TimeSpan.FromHours(24));

        Assert.Equal(Utc(2026, 3, 30, 23), due);
    }

    [Fact]
    public void Zone_without_daylight_saving_keeps_its_offset_all_year()
    {
        var calendar = CalendarBuilder.OfficeHours("Asia/Shanghai").Build();

        Assert.Equal(Utc(2026, 3, 30, 2), calendar.AddWorkingTime(Utc(2026, 3, 27, 8), TimeSpan.FromHours(2)));
        Assert.Equal(Utc(2026, 10, 26, 2), calendar.AddWorkingTime(Utc(2026, 10, 23, 8), TimeSpan.FromHours(2)));
    }
}
