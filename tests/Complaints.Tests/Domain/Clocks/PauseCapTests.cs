using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;

namespace Platform.Complaints.Tests.Domain.Clocks;

/// <summary>Pause cap of 4 h; acknowledged at +1 h and waiting on the customer from +2 h.</summary>
public sealed class PauseCapTests
{
    private static readonly DateTimeOffset s_now = ComplaintBuilder.Now;
    private static readonly DateTimeOffset s_waitFrom = s_now.AddHours(2);

    private static Complaint Awaiting(TimeSpan? cap = null)
    {
        var complaint = new ComplaintBuilder().WithPauseCap(cap ?? TimeSpan.FromHours(4)).BuildAcknowledged(s_now.AddHours(1));
        complaint.AwaitCustomer(ComplaintBuilder.Agent, "Please send the bank statement.", complaint.Version, s_waitFrom);
        complaint.ClearDomainEvents();
        return complaint;
    }

    [Fact]
    public void Within_the_cap_the_clock_is_paused()
    {
        var complaint = Awaiting();

        Assert.Equal(ClockState.Paused, complaint.View(ClockKind.SolutionOrUpdate, s_waitFrom.AddHours(4)).State);
    }

    [Fact]
    public void Beyond_the_cap_the_clock_runs_again_while_still_waiting()
    {
        var complaint = Awaiting();

        var view = complaint.View(ClockKind.SolutionOrUpdate, s_waitFrom.AddHours(5));

        Assert.True(complaint.AwaitingCustomer);
        Assert.Equal(ClockState.Running, view.State);
        Assert.Equal(TimeSpan.FromHours(3), view.ElapsedBusiness);
        Assert.Equal(s_now.AddHours(28), view.DueAt);
    }

    [Fact]
    public void Clock_is_missed_at_the_capped_due_time_while_still_waiting()
    {
        var complaint = Awaiting();

        complaint.CheckClocksAt(s_now.AddHours(28));

        var missed = Assert.Single(complaint.DomainEvents.OfType<ClockMissed>());
        Assert.Equal(ClockKind.SolutionOrUpdate, missed.Clock);
        Assert.Equal(s_now.AddHours(28), missed.DueAt);
        Assert.True(complaint.AwaitingCustomer);
        Assert.True(complaint.Overdue);
    }

    [Fact]
    public void One_tick_before_the_capped_due_time_nothing_is_missed()
    {
        var complaint = Awaiting();

        complaint.CheckClocksAt(s_now.AddHours(28).AddTicks(-1));

        Assert.DoesNotContain(complaint.DomainEvents, e => e is ClockMissed);
        Assert.False(complaint.Overdue);
    }

    [Fact]
    public void Next_check_while_waiting_assumes_the_cap_runs_out()
    {
        var complaint = Awaiting();

        // Half of 24 h: 2 h before the wait, 4 h credited, then 10 h more.
        Assert.Equal(s_now.AddHours(16), complaint.NextClockCheckAt);
    }

    [Fact]
    public void Later_pauses_share_what_is_left_of_the_cap()
    {
        var complaint = Awaiting();
        complaint.CustomerReplied(ComplaintBuilder.Agent, null, complaint.Version, s_waitFrom.AddHours(3));
        complaint.AwaitCustomer(ComplaintBuilder.Agent, "Please confirm the IBAN.", complaint.Version, s_now.AddHours(6));
        var at = s_now.AddHours(10);

        var spans = complaint.PauseSpans(at);

        Assert.Equal([TimeSpan.FromHours(3), TimeSpan.FromHours(1)], spans.Select(s => s.Credited));
        Assert.Equal(s_now.AddHours(7), spans[1].End);
        Assert.Equal(s_now.AddHours(28), complaint.View(ClockKind.SolutionOrUpdate, at).DueAt);
    }

    [Fact]
    public void Negative_cap_is_taken_as_no_pause_credit_at_all()
    {
        var complaint = Awaiting(TimeSpan.FromHours(-1));

        var view = complaint.View(ClockKind.SolutionOrUpdate, s_now.AddHours(4));

        Assert.Equal(TimeSpan.Zero, complaint.PauseCap);
        Assert.Equal(ClockState.Running, view.State);
        Assert.Equal(s_now.AddHours(24), view.DueAt);
    }

    [Fact]
    public void Pause_after_a_clock_was_met_does_not_move_that_clock_due_time()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));
        complaint.AwaitCustomer(ComplaintBuilder.Agent, "Please send the bank statement.", complaint.Version, s_now.AddHours(1.5));

        var view = complaint.View(ClockKind.FirstResponse, s_now.AddHours(5));

        Assert.Equal(ClockState.Met, view.State);
        Assert.Equal(s_now.AddHours(2), view.DueAt);
    }
}
