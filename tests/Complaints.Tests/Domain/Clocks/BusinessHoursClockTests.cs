using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;

namespace Platform.Complaints.Tests.Domain.Clocks;

/// <summary>Europe/Berlin, Monday to Friday 09:00–17:00; March 2026 is winter time (UTC+1), April summer time (UTC+2).</summary>
public sealed class BusinessHoursClockTests
{
    /// <summary>Friday 2026-03-06 16:00 in Berlin.</summary>
    private static readonly DateTimeOffset s_fridayAfternoon = new(2026, 3, 6, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Monday 2026-03-09 10:00 in Berlin.</summary>
    private static readonly DateTimeOffset s_mondayTen = new(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);

    private static Complaint ReceivedAt(DateTimeOffset receivedAt, params DateOnly[] holidays) =>
        new ComplaintBuilder().WithCalendar(ComplaintBuilder.BerlinOfficeHours(holidays)).ReceivedAt(receivedAt).Build();

    [Fact]
    public void Friday_four_pm_with_two_hours_is_due_monday_ten_am()
    {
        var complaint = ReceivedAt(s_fridayAfternoon);

        Assert.Equal(s_mondayTen, complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
    }

    [Fact]
    public void Holiday_monday_is_skipped_and_the_clock_is_due_tuesday_ten_am()
    {
        var complaint = ReceivedAt(s_fridayAfternoon, new DateOnly(2026, 3, 9));

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero), complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
    }

    [Fact]
    public void Easter_weekend_with_good_friday_and_easter_monday_is_skipped_in_summer_time()
    {
        var maundyThursdayAfternoon = new DateTimeOffset(2026, 4, 2, 14, 0, 0, TimeSpan.Zero);

        var complaint = ReceivedAt(maundyThursdayAfternoon, new DateOnly(2026, 4, 3), new DateOnly(2026, 4, 6));

        Assert.Equal(new DateTimeOffset(2026, 4, 7, 8, 0, 0, TimeSpan.Zero), complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
    }

    [Fact]
    public void Complaint_received_on_a_saturday_starts_counting_at_monday_opening()
    {
        var complaint = ReceivedAt(new DateTimeOffset(2026, 3, 7, 11, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero), complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
    }

    [Fact]
    public void Complaint_received_before_opening_starts_counting_at_opening()
    {
        var complaint = ReceivedAt(new DateTimeOffset(2026, 3, 9, 6, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 10, 0, 0, TimeSpan.Zero), complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
    }

    [Fact]
    public void Solution_clock_of_24_working_hours_ends_at_the_close_of_the_third_day()
    {
        var mondayOpening = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

        var complaint = ReceivedAt(mondayOpening);

        Assert.Equal(new DateTimeOffset(2026, 3, 4, 16, 0, 0, TimeSpan.Zero), complaint.Clock(ClockKind.SolutionOrUpdate).OriginalDueAt);
    }

    [Fact]
    public void Acknowledging_one_tick_before_monday_ten_is_in_time_after_a_weekend()
    {
        var complaint = ReceivedAt(s_fridayAfternoon);

        complaint.Acknowledge(ComplaintBuilder.Agent, null, complaint.Version, s_mondayTen.AddTicks(-1));

        Assert.Equal(ClockState.Met, complaint.Clock(ClockKind.FirstResponse).State);
    }

    [Fact]
    public void Acknowledging_at_monday_ten_exactly_is_late()
    {
        var complaint = ReceivedAt(s_fridayAfternoon);

        complaint.Acknowledge(ComplaintBuilder.Agent, null, complaint.Version, s_mondayTen);

        Assert.Equal(ClockState.Missed, complaint.Clock(ClockKind.FirstResponse).State);
        Assert.False(complaint.DomainEvents.OfType<ComplaintAcknowledged>().Single().InTime);
    }

    [Fact]
    public void Over_the_weekend_the_view_shows_only_working_time_used()
    {
        var complaint = ReceivedAt(s_fridayAfternoon);
        var saturdayNoon = new DateTimeOffset(2026, 3, 7, 11, 0, 0, TimeSpan.Zero);

        var view = complaint.View(ClockKind.FirstResponse, saturdayNoon);

        Assert.Equal(TimeSpan.FromHours(20), view.Elapsed);
        Assert.Equal(TimeSpan.FromHours(1), view.ElapsedBusiness);
        Assert.Equal(TimeSpan.FromHours(1), view.TimeLeft);
        Assert.Equal(50m, view.PercentUsed);
    }

    [Fact]
    public void Half_way_check_is_due_at_friday_close_and_nothing_more_is_raised_over_the_weekend()
    {
        var complaint = ReceivedAt(s_fridayAfternoon);
        complaint.ClearDomainEvents();

        Assert.Equal(new DateTimeOffset(2026, 3, 6, 16, 0, 0, TimeSpan.Zero), complaint.NextClockCheckAt);
        complaint.CheckClocksAt(new DateTimeOffset(2026, 3, 8, 20, 0, 0, TimeSpan.Zero));

        Assert.Equal(50, Assert.IsType<ClockAtRisk>(Assert.Single(complaint.DomainEvents)).PercentUsed);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 8, 30, 0, TimeSpan.Zero), complaint.NextClockCheckAt);
    }
}
