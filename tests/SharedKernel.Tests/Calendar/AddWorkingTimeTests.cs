using Platform.SharedKernel.Calendar;
using static Platform.SharedKernel.Tests.Calendar.Instant;

namespace Platform.SharedKernel.Tests.Calendar;

/// <summary>Office hours are Monday to Friday 09:00–17:00; 2 March 2026 is a Monday.</summary>
public sealed class AddWorkingTimeTests
{
    private static readonly ServiceCalendar Office = CalendarBuilder.OfficeHours().Build();

    [Fact]
    public void Round_the_clock_adds_the_duration_plainly()
    {
        var due = ServiceCalendar.RoundTheClock.AddWorkingTime(Utc(2026, 3, 7, 22), TimeSpan.FromHours(5));

        Assert.Equal(Utc(2026, 3, 8, 3), due);
    }

    [Fact]
    public void Start_inside_a_window_counts_from_the_start()
    {
        Assert.Equal(Berlin(2026, 3, 2, 12), Office.AddWorkingTime(Berlin(2026, 3, 2, 10), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Duration_ending_exactly_at_the_close_is_due_at_the_close()
    {
        Assert.Equal(Berlin(2026, 3, 2, 17), Office.AddWorkingTime(Berlin(2026, 3, 2, 9), TimeSpan.FromHours(8)));
    }

    [Fact]
    public void Zero_duration_at_the_opening_is_the_opening()
    {
        Assert.Equal(Berlin(2026, 3, 2, 9), Office.AddWorkingTime(Berlin(2026, 3, 2, 9), TimeSpan.Zero));
    }

    [Fact]
    public void Zero_duration_inside_working_time_is_the_start()
    {
        Assert.Equal(Berlin(2026, 3, 2, 11, 17), Office.AddWorkingTime(Berlin(2026, 3, 2, 11, 17), TimeSpan.Zero));
    }

    [Fact]
    public void Zero_duration_at_the_close_is_the_next_opening()
    {
        Assert.Equal(Berlin(2026, 3, 3, 9), Office.AddWorkingTime(Berlin(2026, 3, 2, 17), TimeSpan.Zero));
    }

    [Fact]
    public void Start_at_the_close_counts_from_the_next_opening()
    {
        Assert.Equal(Berlin(2026, 3, 3, 10), Office.AddWorkingTime(Berlin(2026, 3, 2, 17), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Counting_stops_overnight_and_resumes_in_the_morning()
    {
        Assert.Equal(Berlin(2026, 3, 3, 10), Office.AddWorkingTime(Berlin(2026, 3, 2, 16), TimeSpan.FromHours(2)));
    }

    [Theory]
    [InlineData(22)]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(8)]
    public void Start_at_night_counts_from_the_next_opening(int hour)
    {
        var start = hour >= 17 ? Berlin(2026, 3, 2, hour) : Berlin(2026, 3, 3, hour);

        Assert.Equal(Berlin(2026, 3, 3, 10), Office.AddWorkingTime(start, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Weekend_does_not_count()
    {
        Assert.Equal(Berlin(2026, 3, 9, 10), Office.AddWorkingTime(Berlin(2026, 3, 6, 16), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Start_on_a_Saturday_counts_from_Monday_morning()
    {
        Assert.Equal(Berlin(2026, 3, 9, 9, 30), Office.AddWorkingTime(Berlin(2026, 3, 7, 11), TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void Duration_of_a_working_week_ends_on_Friday_at_the_close()
    {
        Assert.Equal(Berlin(2026, 3, 6, 17), Office.AddWorkingTime(Berlin(2026, 3, 2, 9), TimeSpan.FromHours(40)));
    }

    [Fact]
    public void Duration_over_several_weeks_skips_every_night_and_weekend()
    {
        Assert.Equal(Berlin(2026, 3, 18, 12), Office.AddWorkingTime(Berlin(2026, 3, 2, 9), TimeSpan.FromHours(40 + 40 + 8 + 8 + 3)));
    }

    [Fact]
    public void Holidays_do_not_count()
    {
        var shanghai = CalendarBuilder.OfficeHours("Asia/Shanghai").WithHoliday(2026, 10, 1).WithHoliday(2026, 10, 2)
            .WithHoliday(2026, 10, 5).WithHoliday(2026, 10, 6).WithHoliday(2026, 10, 7).Build();

        var due = shanghai.AddWorkingTime(Shanghai(2026, 9, 30, 16), TimeSpan.FromHours(3));

        Assert.Equal(Shanghai(2026, 10, 8, 11), due);
    }

    [Fact]
    public void Start_on_a_holiday_counts_from_the_next_working_day()
    {
        var calendar = CalendarBuilder.OfficeHours().WithHoliday(2026, 3, 3).Build();

        Assert.Equal(Berlin(2026, 3, 4, 10), calendar.AddWorkingTime(Berlin(2026, 3, 3, 10), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Lunch_break_does_not_count()
    {
        var calendar = new CalendarBuilder().OnWeekdays("09:00", "12:00").OnWeekdays("13:00", "18:00").Build();

        Assert.Equal(Berlin(2026, 3, 2, 14), calendar.AddWorkingTime(Berlin(2026, 3, 2, 11), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Night_shift_split_at_midnight_counts_without_a_gap()
    {
        var calendar = new CalendarBuilder().On(DayOfWeek.Monday, "22:00", "24:00").On(DayOfWeek.Tuesday, "00:00", "06:00").Build();

        Assert.Equal(Berlin(2026, 3, 3, 1), calendar.AddWorkingTime(Berlin(2026, 3, 2, 23), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Holiday_cuts_the_part_of_a_night_shift_on_its_date()
    {
        var calendar = new CalendarBuilder().On(DayOfWeek.Monday, "22:00", "24:00").On(DayOfWeek.Tuesday, "00:00", "06:00")
            .WithHoliday(2026, 3, 3).Build();

        Assert.Equal(Berlin(2026, 3, 9, 22, 30), calendar.AddWorkingTime(Berlin(2026, 3, 2, 23), TimeSpan.FromHours(1.5)));
    }

    [Fact]
    public void Result_is_in_UTC_whatever_the_offset_of_the_start()
    {
        var start = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));

        var due = Office.AddWorkingTime(start, TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.Zero, due.Offset);
        Assert.Equal(Utc(2026, 3, 2, 10), due);
    }

    [Fact]
    public void Negative_duration_is_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Office.AddWorkingTime(Berlin(2026, 3, 2, 10), TimeSpan.FromTicks(-1)));
    }

    [Fact]
    public void Years_of_holidays_are_skipped()
    {
        var holidays = Enumerable.Range(0, ServiceCalendar.MaxHolidays).Select(i => new DateOnly(2026, 1, 1).AddDays(i));
        var calendar = ServiceCalendar.BusinessHours("Europe/Berlin", CalendarBuilder.OfficeHours().Build().WeeklySchedule, holidays);

        var due = calendar.AddWorkingTime(Utc(2026, 1, 1, 0), TimeSpan.FromHours(1));

        // The first date after the holidays is Saturday 10 September 2039.
        Assert.Equal(Berlin(2039, 9, 12, 10), due);
    }

    [Fact]
    public void Duration_beyond_the_search_horizon_is_a_failed_precondition()
    {
        var error = Assert.Throws<RuleViolationException>(() =>
            Office.AddWorkingTime(Berlin(2026, 3, 2, 9), TimeSpan.FromHours(2200 * ServiceCalendar.SearchHorizonYears)));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("service_calendar.not_enough_working_time", error.Code);
        Assert.Equal("terms.service_calendar", error.Subject);
    }
}
