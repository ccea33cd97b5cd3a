using Platform.SharedKernel.Calendar;

namespace Platform.SharedKernel.Tests.Calendar;

public sealed class ServiceCalendarEqualityTests
{
    [Fact]
    public void Same_terms_given_in_another_order_are_equal()
    {
        var one = new CalendarBuilder().On(DayOfWeek.Monday, "09:00", "17:00").On(DayOfWeek.Tuesday, "10:00", "12:00")
            .WithHoliday(2026, 10, 1).WithHoliday(2026, 10, 2).Build();
        var other = new CalendarBuilder().On(DayOfWeek.Tuesday, "10:00", "12:00").On(DayOfWeek.Monday, "09:00", "17:00")
            .WithHoliday(2026, 10, 2).WithHoliday(2026, 10, 1).Build();

        Assert.Equal(one, other);
        Assert.True(one == other);
        Assert.Equal(one.GetHashCode(), other.GetHashCode());
    }

    [Fact]
    public void Zone_spelled_differently_is_the_same_zone()
    {
        Assert.Equal(CalendarBuilder.OfficeHours("Asia/Shanghai").Build(), CalendarBuilder.OfficeHours("ASIA/SHANGHAI").Build());
    }

    [Fact]
    public void Another_zone_is_another_calendar()
    {
        Assert.NotEqual(CalendarBuilder.OfficeHours("Europe/Berlin").Build(), CalendarBuilder.OfficeHours("Asia/Shanghai").Build());
    }

    [Fact]
    public void Another_holiday_is_another_calendar()
    {
        var one = CalendarBuilder.OfficeHours().WithHoliday(2026, 10, 1).Build();
        var other = CalendarBuilder.OfficeHours().WithHoliday(2026, 10, 2).Build();

        Assert.NotEqual(one, other);
        Assert.True(one != other);
    }

    [Fact]
    public void Another_window_is_another_calendar()
    {
        Assert.NotEqual(CalendarBuilder.OfficeHours().Build(), new CalendarBuilder().OnWeekdays("09:00", "18:00").Build());
    }

    [Fact]
    public void Round_the_clock_equals_only_round_the_clock()
    {
        Assert.Equal(ServiceCalendar.RoundTheClock, ServiceCalendar.RoundTheClock);
        Assert.NotEqual(ServiceCalendar.RoundTheClock, new CalendarBuilder().EveryDay("00:00", "24:00").InZone("UTC").Build());
        Assert.False(ServiceCalendar.RoundTheClock.Equals(null));
    }
}
