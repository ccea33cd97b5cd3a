using Platform.Complaints.Domain.Resolution;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendar;

namespace Platform.Complaints.Tests.Domain.Resolution;

public sealed class MeasurementPeriodTests
{
    private static readonly ServiceCalendar s_shanghai = ComplaintBuilder.EveryDay("Asia/Shanghai", new TimeOnly(9, 0), new TimeOnly(18, 0));

    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Shanghai_month_starts_at_16_utc_on_the_previous_day()
    {
        var period = MeasurementPeriod.Containing(Utc(2026, 3, 15), "Month", s_shanghai);

        Assert.Equal(new MeasurementPeriod(Utc(2026, 2, 28, 16), Utc(2026, 3, 31, 16)), period);
    }

    [Fact]
    public void Instant_after_local_midnight_but_before_utc_midnight_is_in_the_new_shanghai_month()
    {
        var period = MeasurementPeriod.Containing(Utc(2026, 2, 28, 16), "Month", s_shanghai);

        Assert.Equal(Utc(2026, 2, 28, 16), period.Start);
    }

    [Fact]
    public void One_tick_before_shanghai_midnight_is_still_the_old_month()
    {
        var period = MeasurementPeriod.Containing(Utc(2026, 2, 28, 16).AddTicks(-1), "Month", s_shanghai);

        Assert.Equal(new MeasurementPeriod(Utc(2026, 1, 31, 16), Utc(2026, 2, 28, 16)), period);
    }

    [Fact]
    public void Shanghai_quarter_runs_from_april_to_june_local()
    {
        var period = MeasurementPeriod.Containing(Utc(2026, 5, 10), "Quarter", s_shanghai);

        Assert.Equal(new MeasurementPeriod(Utc(2026, 3, 31, 16), Utc(2026, 6, 30, 16)), period);
    }

    [Fact]
    public void New_year_in_shanghai_before_utc_midnight_starts_the_next_quarter()
    {
        var period = MeasurementPeriod.Containing(Utc(2026, 12, 31, 17), "Quarter", s_shanghai);

        Assert.Equal(new MeasurementPeriod(Utc(2026, 12, 31, 16), Utc(2027, 3, 31, 16)), period);
    }

    [Fact]
    public void Shanghai_year_is_the_local_calendar_year()
    {
        var period = MeasurementPeriod.Containing(Utc(2026, 7, 1), "Year", s_shanghai);

        Assert.Equal(new MeasurementPeriod(Utc(2025, 12, 31, 16), Utc(2026, 12, 31, 16)), period);
    }

    [Fact]
    public void Round_the_clock_month_is_the_utc_month()
    {
        var period = MeasurementPeriod.Containing(Utc(2026, 3, 31, 23), "Month", ServiceCalendar.RoundTheClock);

        Assert.Equal(new MeasurementPeriod(Utc(2026, 3, 1), Utc(2026, 4, 1)), period);
    }

    [Fact]
    public void Berlin_march_ends_at_summer_time_midnight_and_is_an_hour_short()
    {
        var period = MeasurementPeriod.Containing(Utc(2026, 3, 15), "Month", ComplaintBuilder.BerlinOfficeHours());

        Assert.Equal(new MeasurementPeriod(Utc(2026, 2, 28, 23), Utc(2026, 3, 31, 22)), period);
        Assert.Equal(TimeSpan.FromHours((31 * 24) - 1), period.End - period.Start);
    }

    [Fact]
    public void Fixed_length_counts_from_the_unix_epoch_whatever_the_kind_or_zone()
    {
        var period = MeasurementPeriod.Containing(Utc(2026, 3, 2, 9).AddMinutes(30), "Fortnight", s_shanghai, TimeSpan.FromHours(1));

        Assert.Equal(new MeasurementPeriod(Utc(2026, 3, 2, 9), Utc(2026, 3, 2, 10)), period);
    }

    [Fact]
    public void Zero_fixed_length_falls_back_to_the_calendar_period()
    {
        var period = MeasurementPeriod.Containing(Utc(2026, 3, 15), "Month", ServiceCalendar.RoundTheClock, TimeSpan.Zero);

        Assert.Equal(new MeasurementPeriod(Utc(2026, 3, 1), Utc(2026, 4, 1)), period);
    }

    [Fact]
    public void Unknown_period_kind_is_a_failed_precondition()
    {
        var error = Assert.Throws<RuleViolationException>(() => MeasurementPeriod.Containing(Utc(2026, 3, 15), "Week", ServiceCalendar.RoundTheClock));

        Assert.Equal((RuleKind.FailedPrecondition, "measurement_period"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Period_contains_its_start_but_not_its_end()
    {
        var period = new MeasurementPeriod(Utc(2026, 3, 1), Utc(2026, 4, 1));

        Assert.True(period.Contains(period.Start));
        Assert.True(period.Contains(period.End.AddTicks(-1)));
        Assert.False(period.Contains(period.End));
        Assert.False(period.Contains(period.Start.AddTicks(-1)));
    }
}
