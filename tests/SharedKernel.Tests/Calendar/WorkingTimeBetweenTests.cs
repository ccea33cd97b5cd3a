using Platform.SharedKernel.Calendar;
using static Platform.SharedKernel.Tests.Calendar.Instant;

namespace Platform.SharedKernel.Tests.Calendar;

/// <summary>Office hours are Monday to Friday 09:00–17:00; 2 March 2026 is a Monday.</summary>
public sealed class WorkingTimeBetweenTests
{
    private static readonly ServiceCalendar Office = CalendarBuilder.OfficeHours().Build();

    [Fact]
    public void Round_the_clock_counts_all_elapsed_time()
    {
        Assert.Equal(TimeSpan.FromHours(50), ServiceCalendar.RoundTheClock.WorkingTimeBetween(Utc(2026, 3, 7, 0), Utc(2026, 3, 9, 2)));
    }

    [Fact]
    public void Same_instant_is_no_time()
    {
        Assert.Equal(TimeSpan.Zero, Office.WorkingTimeBetween(Berlin(2026, 3, 2, 10), Berlin(2026, 3, 2, 10)));
    }

    [Fact]
    public void End_before_start_is_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Office.WorkingTimeBetween(Berlin(2026, 3, 2, 10), Berlin(2026, 3, 2, 9)));
    }

    [Fact]
    public void A_whole_week_counts_its_working_hours()
    {
        Assert.Equal(TimeSpan.FromHours(40), Office.WorkingTimeBetween(Berlin(2026, 3, 2, 0), Berlin(2026, 3, 9, 0)));
    }

    [Fact]
    public void Night_counts_nothing()
    {
        Assert.Equal(TimeSpan.Zero, Office.WorkingTimeBetween(Berlin(2026, 3, 2, 17), Berlin(2026, 3, 3, 9)));
    }

    [Fact]
    public void Only_the_part_inside_the_window_counts()
    {
        Assert.Equal(TimeSpan.FromHours(1), Office.WorkingTimeBetween(Berlin(2026, 3, 2, 8), Berlin(2026, 3, 2, 10)));
        Assert.Equal(TimeSpan.FromHours(1), Office.WorkingTimeBetween(Berlin(2026, 3, 2, 16, 30), Berlin(2026, 3, 3, 9, 30)));
    }

    [Fact]
    public void Holidays_count_nothing()
    {
        var calendar = CalendarBuilder.OfficeHours().WithHoliday(2026, 3, 3).WithHoliday(2026, 3, 4).Build();

        Assert.Equal(TimeSpan.FromHours(24), calendar.WorkingTimeBetween(Berlin(2026, 3, 2, 0), Berlin(2026, 3, 9, 0)));
    }

    [Fact]
    public void Half_of_a_deadline_is_reached_at_half_its_working_time()
    {
        var received = Berlin(2026, 3, 6, 15);
        var due = Office.AddWorkingTime(received, TimeSpan.FromHours(8));

        var elapsedAtMondayNoon = Office.WorkingTimeBetween(received, Berlin(2026, 3, 9, 12));

        Assert.Equal(Berlin(2026, 3, 9, 15), due);
        Assert.Equal(0.625, elapsedAtMondayNoon / TimeSpan.FromHours(8));
    }
}
