using Microsoft.Extensions.Time.Testing;
using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;

namespace Platform.Complaints.Tests.Domain.Clocks;

/// <summary>
/// A complaint driven by a fake clock through a wait on the customer: acknowledged at +1 h, waiting from +2 h,
/// the customer replies at +7 h, so the 24 h solution-or-update clock is due at +29 h instead of +24 h.
/// An answer at the due time is late, like every other clock of the complaint.
/// </summary>
public sealed class PauseTimelineTests
{
    private const string Agent = ComplaintBuilder.Agent;
    private static readonly DateTimeOffset s_received = ComplaintBuilder.Now;
    private static readonly DateTimeOffset s_movedDue = s_received.AddHours(29);
    private static readonly TimeSpan s_tick = TimeSpan.FromTicks(1);

    private readonly FakeTimeProvider _time = new(s_received);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void Reply_moves_the_due_time_by_the_length_of_the_wait()
    {
        var complaint = RepliedAfterFiveHours();

        _time.Advance(TimeSpan.FromHours(1));

        var view = complaint.View(ClockKind.SolutionOrUpdate, Now);
        Assert.Equal((ClockState.Running, s_movedDue, s_received.AddHours(24)), (view.State, view.DueAt, view.OriginalDueAt));
        Assert.Equal(TimeSpan.FromHours(5), view.Paused);
    }

    [Fact]
    public void Update_one_tick_before_the_pause_moved_due_time_is_in_time()
    {
        var complaint = RepliedAfterFiveHours();
        _time.SetUtcNow(s_movedDue - s_tick);
        Assert.Equal((s_tick, false), (complaint.View(ClockKind.SolutionOrUpdate, Now).TimeLeft, complaint.IsOverdueAt(Now)));

        complaint.PostProgressUpdate(Agent, "Refund approved.", complaint.Version, Now);

        Assert.True(Assert.Single(complaint.DomainEvents.OfType<ComplaintProgressUpdated>()).InTime);
        Assert.DoesNotContain(complaint.DomainEvents, e => e is ClockMissed);
        Assert.False(complaint.Overdue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Update_at_or_after_the_pause_moved_due_time_is_late(long ticksAfterDue)
    {
        var complaint = RepliedAfterFiveHours();
        _time.SetUtcNow(s_movedDue + TimeSpan.FromTicks(ticksAfterDue));

        complaint.PostProgressUpdate(Agent, "Refund approved.", complaint.Version, Now);

        var missed = Assert.Single(complaint.DomainEvents.OfType<ClockMissed>());
        Assert.Equal((ClockKind.SolutionOrUpdate, s_movedDue), (missed.Clock, missed.DueAt));
        Assert.False(Assert.Single(complaint.DomainEvents.OfType<ComplaintProgressUpdated>()).InTime);
        Assert.Contains(complaint.History, h => h.Action == "ClockMissed");
    }

    [Fact]
    public void Clock_check_marks_the_pause_moved_due_time_at_risk_then_missed_exactly_at_it()
    {
        var complaint = RepliedAfterFiveHours();

        _time.SetUtcNow(s_movedDue - s_tick);
        complaint.CheckClocksAt(Now);
        var atRisk = complaint.DomainEvents.OfType<ClockAtRisk>().ToList();
        complaint.ClearDomainEvents();
        _time.Advance(s_tick);
        complaint.CheckClocksAt(Now);

        Assert.Equal([50, 75], atRisk.Select(r => r.PercentUsed));
        Assert.All(atRisk, r => Assert.Equal(s_movedDue, r.DueAt));
        Assert.Equal(s_movedDue, Assert.Single(complaint.DomainEvents.OfType<ClockMissed>()).DueAt);
        Assert.Equal(ClockState.Missed, complaint.View(ClockKind.SolutionOrUpdate, Now).State);
        Assert.True(complaint.Overdue);
    }

    [Fact]
    public void Running_clock_is_overdue_at_its_pause_moved_due_time_before_any_check_marks_it()
    {
        var complaint = RepliedAfterFiveHours();
        _time.SetUtcNow(s_movedDue - s_tick);
        var before = complaint.IsOverdueAt(Now);

        _time.Advance(s_tick);

        Assert.False(before);
        Assert.True(complaint.IsOverdueAt(Now));
        Assert.False(complaint.Overdue);
        Assert.Equal(s_movedDue, complaint.NextDueAt);
        Assert.Equal(ClockState.Running, complaint.View(ClockKind.SolutionOrUpdate, Now).State);
    }

    [Fact]
    public void Waiting_past_the_original_due_time_is_not_overdue_until_the_pause_credit_runs_out()
    {
        // Waiting from +20 h with a cap of 48 h: the credit runs out at +68 h, the clock is then due at +72 h.
        var complaint = new ComplaintBuilder().Build();
        _time.Advance(TimeSpan.FromHours(1));
        complaint.Acknowledge(Agent, "Looking into it.", complaint.Version, Now);
        _time.SetUtcNow(s_received.AddHours(20));
        complaint.AwaitCustomer(Agent, "Please send the bank statement.", complaint.Version, Now);

        _time.SetUtcNow(s_received.AddHours(30));
        var paused = complaint.View(ClockKind.SolutionOrUpdate, Now);
        var overdueWhilePaused = complaint.IsOverdueAt(Now);
        _time.SetUtcNow(s_received.AddHours(72) - s_tick);
        var overdueJustBefore = complaint.IsOverdueAt(Now);
        _time.Advance(s_tick);

        Assert.Equal((ClockState.Paused, s_received.AddHours(34)), (paused.State, paused.DueAt));
        Assert.False(overdueWhilePaused);
        Assert.False(overdueJustBefore);
        var due = complaint.View(ClockKind.SolutionOrUpdate, Now);
        Assert.Equal((ClockState.Running, s_received.AddHours(72), TimeSpan.Zero), (due.State, due.DueAt, due.TimeLeft));
        Assert.True(complaint.IsOverdueAt(Now));
    }

    /// <summary>Filed now, acknowledged at +1 h, waiting on the customer from +2 h to +7 h; events cleared.</summary>
    private Complaint RepliedAfterFiveHours()
    {
        var complaint = new ComplaintBuilder().Build();
        _time.Advance(TimeSpan.FromHours(1));
        complaint.Acknowledge(Agent, "Looking into it.", complaint.Version, Now);
        _time.Advance(TimeSpan.FromHours(1));
        complaint.AwaitCustomer(Agent, "Please send the bank statement.", complaint.Version, Now);
        _time.Advance(TimeSpan.FromHours(5));
        complaint.CustomerReplied(Agent, "Statement received.", complaint.Version, Now);
        complaint.ClearDomainEvents();
        return complaint;
    }
}
