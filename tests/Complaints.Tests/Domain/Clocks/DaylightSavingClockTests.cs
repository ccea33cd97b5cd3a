using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.SharedKernel.Calendar;

namespace Platform.Complaints.Tests.Domain.Clocks;

/// <summary>
/// Europe/Berlin jumps from 02:00 to 03:00 on 2026-03-29 (01:00 UTC) and falls back from 03:00 to 02:00 on
/// 2026-10-25 (01:00 UTC). Every instant here is UTC.
/// </summary>
public sealed class DaylightSavingClockTests
{
    private static readonly ServiceCalendar s_wholeDaysInBerlin =
        ComplaintBuilder.EveryDay("Europe/Berlin", TimeOnly.MinValue, WorkingWindow.EndOfDay);

    private static readonly ServiceCalendar s_earlyShiftInBerlin =
        ComplaintBuilder.EveryDay("Europe/Berlin", new TimeOnly(1, 0), new TimeOnly(4, 0));

    private static Complaint Filed(ServiceCalendar calendar, DateTimeOffset receivedAt, TimeSpan firstResponseWithin) =>
        new ComplaintBuilder().WithCalendar(calendar).WithFirstResponseWithin(firstResponseWithin).ReceivedAt(receivedAt).Build();

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void Whole_day_calendar_counts_24_real_hours_across_the_spring_jump()
    {
        var complaint = Filed(s_wholeDaysInBerlin, Utc(3, 28, 11), TimeSpan.FromHours(2));

        Assert.Equal(Utc(3, 29, 11), complaint.Clock(ClockKind.SolutionOrUpdate).OriginalDueAt);
    }

    [Fact]
    public void Whole_day_calendar_counts_24_real_hours_across_the_autumn_fall_back()
    {
        var complaint = Filed(s_wholeDaysInBerlin, Utc(10, 24, 10), TimeSpan.FromHours(2));

        Assert.Equal(Utc(10, 25, 10), complaint.Clock(ClockKind.SolutionOrUpdate).OriginalDueAt);
    }

    [Fact]
    public void Two_hours_spanning_the_spring_jump_are_two_real_hours()
    {
        var complaint = Filed(s_wholeDaysInBerlin, Utc(3, 29, 0, 30), TimeSpan.FromHours(2));

        Assert.Equal(Utc(3, 29, 2, 30), complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
    }

    [Fact]
    public void Two_hours_spanning_the_repeated_autumn_hour_are_two_real_hours()
    {
        var complaint = Filed(s_wholeDaysInBerlin, Utc(10, 25, 0, 30), TimeSpan.FromHours(2));

        Assert.Equal(Utc(10, 25, 2, 30), complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
    }

    [Fact]
    public void Early_shift_on_an_ordinary_day_gives_three_hours()
    {
        var complaint = Filed(s_earlyShiftInBerlin, Utc(3, 22, 0), TimeSpan.FromHours(3));

        Assert.Equal(Utc(3, 22, 3), complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
    }

    [Fact]
    public void Early_shift_on_the_spring_day_has_only_two_hours_so_three_run_into_the_next_day()
    {
        var complaint = Filed(s_earlyShiftInBerlin, Utc(3, 29, 0), TimeSpan.FromHours(3));

        // 01:00–04:00 local is 00:00–02:00 UTC that day; the next shift opens at 01:00 CEST = 23:00 UTC.
        Assert.Equal(Utc(3, 30, 0), complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
    }

    [Fact]
    public void Early_shift_on_the_autumn_day_has_four_hours()
    {
        var complaint = Filed(s_earlyShiftInBerlin, Utc(10, 24, 23), TimeSpan.FromHours(4));

        // 01:00 CEST = 23:00 UTC the day before, 04:00 CET = 03:00 UTC.
        Assert.Equal(Utc(10, 25, 3), complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
    }

    [Fact]
    public void Early_shift_view_counts_only_the_local_hours_that_exist()
    {
        var complaint = Filed(s_earlyShiftInBerlin, Utc(3, 29, 0), TimeSpan.FromHours(3));

        var view = complaint.View(ClockKind.FirstResponse, Utc(3, 29, 12));

        Assert.Equal(TimeSpan.FromHours(2), view.ElapsedBusiness);
        Assert.Equal(TimeSpan.FromHours(1), view.TimeLeft);
    }

    [Fact]
    public void Window_inside_the_skipped_hour_counts_nothing_on_the_spring_day()
    {
        var skippedHour = ComplaintBuilder.EveryDay("Europe/Berlin", new TimeOnly(2, 0), new TimeOnly(3, 0));

        var complaint = Filed(skippedHour, Utc(3, 28, 1), TimeSpan.FromHours(2));

        // One hour on the 28th, none on the 29th, then 02:00 CEST on the 30th = 00:00 UTC.
        Assert.Equal(Utc(3, 30, 1), complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
    }

    [Fact]
    public void Acknowledging_at_the_utc_due_time_after_the_spring_jump_is_late()
    {
        var complaint = Filed(s_wholeDaysInBerlin, Utc(3, 29, 0, 30), TimeSpan.FromHours(2));

        complaint.Acknowledge(ComplaintBuilder.Agent, null, complaint.Version, Utc(3, 29, 2, 30));

        Assert.Equal(ClockState.Missed, complaint.Clock(ClockKind.FirstResponse).State);
    }
}
