using Microsoft.Extensions.Time.Testing;
using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;

namespace Platform.Complaints.Tests.Domain.Clocks;

/// <summary>
/// A normal complaint raised to major as a fake clock moves on. The solution-or-update clock allows 100 h, so
/// only the major clock (72 h from the received time) comes due within the tests.
/// </summary>
public sealed class SeverityTimelineTests
{
    private const string Agent = ComplaintBuilder.Agent;
    private static readonly DateTimeOffset s_received = ComplaintBuilder.Now;
    private static readonly DateTimeOffset s_majorDue = s_received.AddHours(72);
    private static readonly TimeSpan s_tick = TimeSpan.FromTicks(1);

    private readonly FakeTimeProvider _time = new(s_received);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void Raised_to_major_exactly_at_the_major_due_time_the_major_clock_is_missed_at_once()
    {
        var complaint = Acknowledged();
        _time.SetUtcNow(s_majorDue);

        complaint.ChangeSeverity(Agent, ComplaintSeverity.Major, "Found to affect payroll.", complaint.Version, Now);

        var major = complaint.View(ClockKind.MajorResolution, Now);
        Assert.Equal((ClockState.Missed, s_majorDue, TimeSpan.Zero), (major.State, major.DueAt, major.TimeLeft));
        var missed = Assert.Single(complaint.DomainEvents.OfType<ClockMissed>());
        Assert.Equal((ClockKind.MajorResolution, s_majorDue), (missed.Clock, missed.DueAt));
        Assert.True(complaint.Overdue);
    }

    [Fact]
    public void Raised_to_major_one_tick_before_the_major_due_time_the_clock_runs_marked_at_risk()
    {
        var complaint = Acknowledged();
        _time.SetUtcNow(s_majorDue - s_tick);

        complaint.ChangeSeverity(Agent, ComplaintSeverity.Major, "Found to affect payroll.", complaint.Version, Now);

        var major = complaint.View(ClockKind.MajorResolution, Now);
        Assert.Equal((ClockState.Running, s_majorDue, s_tick), (major.State, major.DueAt, major.TimeLeft));
        var atRisk = complaint.DomainEvents.OfType<ClockAtRisk>().Where(r => r.Clock == ClockKind.MajorResolution).ToList();
        Assert.Equal([50, 75], atRisk.Select(r => r.PercentUsed));
        Assert.DoesNotContain(complaint.DomainEvents, e => e is ClockMissed);
        Assert.Equal((false, s_majorDue), (complaint.IsOverdueAt(Now), complaint.NextClockCheckAt));
    }

    [Fact]
    public void Major_clock_started_one_tick_before_its_due_time_is_missed_by_the_next_tick_s_check()
    {
        var complaint = Acknowledged();
        _time.SetUtcNow(s_majorDue - s_tick);
        complaint.ChangeSeverity(Agent, ComplaintSeverity.Major, "Found to affect payroll.", complaint.Version, Now);
        complaint.ClearDomainEvents();

        _time.Advance(s_tick);
        complaint.CheckClocksAt(Now);

        Assert.Equal(ClockState.Missed, complaint.View(ClockKind.MajorResolution, Now).State);
        Assert.Equal(s_majorDue, Assert.Single(complaint.DomainEvents.OfType<ClockMissed>()).DueAt);
        Assert.True(complaint.IsOverdueAt(Now));
    }

    [Fact]
    public void Raised_to_major_while_waiting_on_the_customer_the_major_clock_starts_paused()
    {
        // Waiting from +2 h; raised at +10 h: 2 h counted, the wait so far credited, 70 h left from now.
        var complaint = Acknowledged();
        _time.Advance(TimeSpan.FromHours(1));
        complaint.AwaitCustomer(Agent, "Please send the payroll report.", complaint.Version, Now);
        _time.SetUtcNow(s_received.AddHours(10));

        complaint.ChangeSeverity(Agent, ComplaintSeverity.Major, "Affects payroll of 300 staff.", complaint.Version, Now);

        var major = complaint.View(ClockKind.MajorResolution, Now);
        Assert.Equal((ClockState.Paused, s_received), (major.State, major.StartedAt));
        Assert.Equal((s_received.AddHours(80), s_majorDue), (major.DueAt, major.OriginalDueAt));
        Assert.Equal(TimeSpan.FromHours(2), major.ElapsedBusiness);
        Assert.False(complaint.IsOverdueAt(s_majorDue));
    }

    [Fact]
    public void Major_clock_raised_during_a_wait_is_missed_at_the_due_time_moved_by_the_whole_wait()
    {
        // Waiting from +2 h to +14 h: the major clock is due 12 h after +72 h.
        var complaint = Acknowledged();
        _time.Advance(TimeSpan.FromHours(1));
        complaint.AwaitCustomer(Agent, "Please send the payroll report.", complaint.Version, Now);
        _time.SetUtcNow(s_received.AddHours(10));
        complaint.ChangeSeverity(Agent, ComplaintSeverity.Major, "Affects payroll of 300 staff.", complaint.Version, Now);
        _time.SetUtcNow(s_received.AddHours(14));
        complaint.CustomerReplied(Agent, "Report received.", complaint.Version, Now);
        var movedDue = s_received.AddHours(84);
        complaint.ClearDomainEvents();

        _time.SetUtcNow(movedDue - s_tick);
        complaint.CheckClocksAt(Now);
        var missedBefore = complaint.DomainEvents.OfType<ClockMissed>().Any(m => m.Clock == ClockKind.MajorResolution);
        _time.Advance(s_tick);
        complaint.CheckClocksAt(Now);

        Assert.False(missedBefore);
        var missed = Assert.Single(complaint.DomainEvents.OfType<ClockMissed>());
        Assert.Equal((ClockKind.MajorResolution, movedDue), (missed.Clock, missed.DueAt));
        Assert.Equal(ClockState.Missed, complaint.View(ClockKind.MajorResolution, Now).State);
    }

    /// <summary>Filed now as normal (solution or update within 100 h) and acknowledged at +1 h; events cleared.</summary>
    private Complaint Acknowledged()
    {
        var complaint = new ComplaintBuilder().WithSolutionOrUpdateWithin(TimeSpan.FromHours(100)).Build();
        _time.Advance(TimeSpan.FromHours(1));
        complaint.Acknowledge(Agent, "Looking into it.", complaint.Version, Now);
        complaint.ClearDomainEvents();
        return complaint;
    }
}
