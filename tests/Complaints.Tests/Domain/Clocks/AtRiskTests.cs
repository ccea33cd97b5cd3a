using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;

namespace Platform.Complaints.Tests.Domain.Clocks;

public sealed class AtRiskTests
{
    private static readonly DateTimeOffset s_now = ComplaintBuilder.Now;

    private static Complaint Filed()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.ClearDomainEvents();
        return complaint;
    }

    [Fact]
    public void Next_check_after_filing_is_half_of_the_shortest_allowance()
    {
        var complaint = new ComplaintBuilder().Build();

        Assert.Equal(s_now.AddHours(1), complaint.NextClockCheckAt);
    }

    [Fact]
    public void Check_one_tick_before_half_the_allowance_raises_nothing()
    {
        var complaint = Filed();

        var changed = complaint.CheckClocksAt(s_now.AddHours(1).AddTicks(-1));

        Assert.False(changed);
        Assert.Empty(complaint.DomainEvents);
        Assert.Equal(1, complaint.Version);
    }

    [Fact]
    public void Check_at_half_the_allowance_raises_at_risk_50_once_and_bumps_the_version()
    {
        var complaint = Filed();

        var changed = complaint.CheckClocksAt(s_now.AddHours(1));

        Assert.True(changed);
        var atRisk = Assert.IsType<ClockAtRisk>(Assert.Single(complaint.DomainEvents));
        Assert.Equal(ClockKind.FirstResponse, atRisk.Clock);
        Assert.Equal(50, atRisk.PercentUsed);
        Assert.Equal(s_now.AddHours(2), atRisk.DueAt);
        Assert.Equal(2, complaint.Version);
        Assert.Equal(s_now.AddHours(1.5), complaint.NextClockCheckAt);
    }

    [Fact]
    public void Second_check_at_the_same_instant_raises_nothing_and_keeps_the_version()
    {
        var complaint = Filed();
        complaint.CheckClocksAt(s_now.AddHours(1));
        complaint.ClearDomainEvents();

        var changed = complaint.CheckClocksAt(s_now.AddHours(1));

        Assert.False(changed);
        Assert.Empty(complaint.DomainEvents);
        Assert.Equal(2, complaint.Version);
    }

    [Fact]
    public void Check_at_three_quarters_raises_at_risk_75_and_points_to_the_due_time()
    {
        var complaint = Filed();
        complaint.CheckClocksAt(s_now.AddHours(1));
        complaint.ClearDomainEvents();

        complaint.CheckClocksAt(s_now.AddHours(1.5));

        Assert.Equal(75, Assert.IsType<ClockAtRisk>(Assert.Single(complaint.DomainEvents)).PercentUsed);
        Assert.Equal(s_now.AddHours(2), complaint.NextClockCheckAt);
        Assert.Equal(3, complaint.Version);
    }

    [Fact]
    public void Check_at_due_raises_clock_missed_once_and_makes_the_complaint_overdue()
    {
        var complaint = Filed();
        complaint.CheckClocksAt(s_now.AddHours(1));
        complaint.CheckClocksAt(s_now.AddHours(1.5));
        complaint.ClearDomainEvents();

        complaint.CheckClocksAt(s_now.AddHours(2));
        var again = complaint.CheckClocksAt(s_now.AddHours(2));

        var missed = Assert.IsType<ClockMissed>(Assert.Single(complaint.DomainEvents));
        Assert.Equal(ClockKind.FirstResponse, missed.Clock);
        Assert.False(again);
        Assert.True(complaint.Overdue);
        Assert.Equal(s_now.AddHours(12), complaint.NextClockCheckAt);
    }

    [Fact]
    public void Late_check_past_both_thresholds_raises_both_at_once_in_order()
    {
        var complaint = Filed();

        complaint.CheckClocksAt(s_now.AddHours(1.8));

        Assert.Equal([50, 75], complaint.DomainEvents.OfType<ClockAtRisk>().Select(e => e.PercentUsed));
        Assert.Equal(2, complaint.Version);
    }

    [Fact]
    public void Check_after_the_due_time_raises_the_miss_without_stale_warnings()
    {
        var complaint = Filed();

        complaint.CheckClocksAt(s_now.AddHours(3));

        var missed = Assert.IsType<ClockMissed>(Assert.Single(complaint.DomainEvents));
        Assert.Equal(s_now.AddHours(2), missed.DueAt);
        Assert.Equal(s_now.AddHours(3), missed.OccurredAt);
    }

    [Fact]
    public void At_risk_and_miss_are_on_the_history_as_system_steps()
    {
        var complaint = Filed();

        complaint.CheckClocksAt(s_now.AddHours(1));
        complaint.CheckClocksAt(s_now.AddHours(1.5));
        complaint.CheckClocksAt(s_now.AddHours(2));

        var system = complaint.History.Where(h => h.Actor == Complaint.SystemActor).Select(h => h.Action);
        Assert.Equal(["ClockAtRisk", "ClockAtRisk", "ClockMissed"], system);
    }

    [Fact]
    public void Acknowledging_points_the_next_check_to_the_solution_clock()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddMinutes(30));

        Assert.Equal(s_now.AddHours(12), complaint.NextClockCheckAt);
    }

    [Fact]
    public void Checking_a_closed_complaint_changes_nothing()
    {
        var complaint = new ComplaintBuilder().BuildResolved(s_now.AddMinutes(30));
        complaint.Close(ComplaintBuilder.Agent, "Customer confirmed.", complaint.Version, s_now.AddHours(1));
        var version = complaint.Version;

        Assert.False(complaint.CheckClocksAt(s_now.AddDays(10)));
        Assert.Equal(version, complaint.Version);
        Assert.Null(complaint.NextClockCheckAt);
    }
}
