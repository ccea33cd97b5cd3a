using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;

namespace Platform.Complaints.Tests.Domain;

public sealed class LifecycleTests
{
    private const string Agent = ComplaintBuilder.Agent;
    private static readonly DateTimeOffset s_now = ComplaintBuilder.Now;

    [Fact]
    public void Filed_complaint_is_received_at_version_one_and_raises_ComplaintFiled()
    {
        var complaint = new ComplaintBuilder().Build();

        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Assert.Equal(1, complaint.Version);
        var filed = Assert.IsType<ComplaintFiled>(Assert.Single(complaint.DomainEvents));
        Assert.Equal((1L, Agent, s_now), (filed.Version, filed.Actor, filed.OccurredAt));
        Assert.Equal(new HistoryEntry(1, s_now, Agent, "Filed", complaint.History[0].Detail, ComplaintStatus.Received), Assert.Single(complaint.History));
    }

    [Fact]
    public void Acknowledging_records_actor_and_time_and_raises_ComplaintAcknowledged()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.ClearDomainEvents();

        complaint.Acknowledge("agent-9", "We are on it.", 1, s_now.AddMinutes(20));

        Assert.Equal(ComplaintStatus.Acknowledged, complaint.Status);
        Assert.Equal(2, complaint.Version);
        var acknowledged = Assert.IsType<ComplaintAcknowledged>(Assert.Single(complaint.DomainEvents));
        Assert.Equal((2L, "agent-9", true, s_now.AddMinutes(20)), (acknowledged.Version, acknowledged.Actor, acknowledged.InTime, acknowledged.OccurredAt));
        Assert.Equal(new HistoryEntry(2, s_now.AddMinutes(20), "agent-9", "Acknowledged", "We are on it.", ComplaintStatus.Acknowledged), complaint.History[^1]);
    }

    [Fact]
    public void Progress_update_puts_the_complaint_in_progress()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddMinutes(20));

        complaint.PostProgressUpdate(Agent, "Refund requested from billing.", complaint.Version, s_now.AddHours(3));

        Assert.Equal(ComplaintStatus.InProgress, complaint.Status);
        Assert.IsType<ComplaintProgressUpdated>(Assert.Single(complaint.DomainEvents));
        Assert.Equal(("ProgressUpdated", "Refund requested from billing."), (complaint.History[^1].Action, complaint.History[^1].Detail));
    }

    [Fact]
    public void Resolving_keeps_the_solution_and_opens_a_resolution_span()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddMinutes(20));

        complaint.Resolve(Agent, "Refunded in full.", false, complaint.Version, s_now.AddHours(5));

        Assert.Equal(ComplaintStatus.Resolved, complaint.Status);
        Assert.Equal(("Refunded in full.", false, s_now.AddHours(5)), (complaint.Solution, complaint.SolutionBelowStandard, complaint.ResolvedAt));
        Assert.Equal(new ResolutionSpan(s_now.AddHours(5), null), Assert.Single(complaint.Resolutions));
        Assert.False(Assert.IsType<ComplaintResolved>(Assert.Single(complaint.DomainEvents)).BelowStandard);
        Assert.Equal("Resolved", complaint.History[^1].Action);
    }

    [Fact]
    public void Solution_below_industry_standard_is_flagged_on_the_event_and_history()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddMinutes(20));

        complaint.Resolve(Agent, "Voucher offered instead of refund.", true, complaint.Version, s_now.AddHours(5));

        Assert.True(complaint.SolutionBelowStandard);
        Assert.True(Assert.IsType<ComplaintResolved>(Assert.Single(complaint.DomainEvents)).BelowStandard);
        Assert.Equal("ResolvedBelowStandard", complaint.History[^1].Action);
    }

    [Fact]
    public void Resolving_straight_from_received_answers_the_first_response_too()
    {
        var complaint = new ComplaintBuilder().Build();

        complaint.Resolve(Agent, "Refunded on the phone.", false, complaint.Version, s_now.AddMinutes(30));

        Assert.Equal(ClockState.Met, complaint.Clock(ClockKind.FirstResponse).State);
    }

    [Fact]
    public void Customer_confirmation_closes_a_resolved_complaint()
    {
        var complaint = new ComplaintBuilder().BuildResolved(s_now.AddHours(1));

        complaint.Close("customer-portal", "Thanks, all good.", complaint.Version, s_now.AddHours(30));

        Assert.Equal((ComplaintStatus.Closed, s_now.AddHours(30)), (complaint.Status, complaint.ClosedAt));
        var closed = Assert.IsType<ComplaintClosed>(Assert.Single(complaint.DomainEvents));
        Assert.Equal(("customer-portal", false), (closed.Actor, closed.Automatically));
    }

    [Fact]
    public void Whole_path_is_on_the_history_with_the_status_after_each_step()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.Acknowledge(Agent, null, complaint.Version, s_now.AddMinutes(30));
        complaint.PostProgressUpdate(Agent, "Working on it.", complaint.Version, s_now.AddHours(2));
        complaint.Resolve(Agent, "Refunded.", false, complaint.Version, s_now.AddHours(3));
        complaint.Close(Agent, "Confirmed by phone.", complaint.Version, s_now.AddHours(4));

        Assert.Equal(["Filed", "Acknowledged", "ProgressUpdated", "Resolved", "Closed"], complaint.History.Select(h => h.Action));
        Assert.Equal(
            [ComplaintStatus.Received, ComplaintStatus.Acknowledged, ComplaintStatus.InProgress, ComplaintStatus.Resolved, ComplaintStatus.Closed],
            complaint.History.Select(h => h.Status));
        Assert.Equal([1, 2, 3, 4, 5], complaint.History.Select(h => h.Sequence));
        Assert.Equal(5, complaint.Version);
    }

    [Fact]
    public void Reopening_restarts_the_solution_clock_from_now_and_raises_ComplaintReopened()
    {
        var complaint = new ComplaintBuilder().BuildResolved(s_now.AddHours(1));
        var reopenedAt = s_now.AddDays(3);

        complaint.Reopen("customer-portal", "Refund never arrived.", complaint.Version, reopenedAt);

        var clock = complaint.Clock(ClockKind.SolutionOrUpdate);
        Assert.Equal((ComplaintStatus.Reopened, (DateTimeOffset?)null), (complaint.Status, complaint.ResolvedAt));
        Assert.Equal((2, reopenedAt, ClockState.Running), (clock.Run, clock.StartedAt, clock.State));
        Assert.Equal(reopenedAt, Assert.Single(complaint.Resolutions).ReopenedAt);
        Assert.Equal(reopenedAt.AddHours(12), complaint.NextClockCheckAt);
        Assert.Equal("customer-portal", Assert.IsType<ComplaintReopened>(Assert.Single(complaint.DomainEvents)).Actor);
    }

    [Fact]
    public void Reopened_complaint_can_be_updated_and_resolved_again()
    {
        var complaint = new ComplaintBuilder().BuildResolved(s_now.AddHours(1));
        complaint.Reopen(Agent, "Refund never arrived.", complaint.Version, s_now.AddDays(3));
        complaint.PostProgressUpdate(Agent, "Escalated to the bank.", complaint.Version, s_now.AddDays(3).AddHours(2));

        complaint.Resolve(Agent, "Refund traced and paid.", false, complaint.Version, s_now.AddDays(4));

        Assert.Equal(ComplaintStatus.Resolved, complaint.Status);
        Assert.Equal([s_now.AddHours(1), s_now.AddDays(4)], complaint.Resolutions.Select(r => r.ResolvedAt));
        Assert.Equal(s_now.AddDays(4), complaint.ResolvedAt);
    }

    [Fact]
    public void Withdrawing_an_open_complaint_stops_its_running_clocks()
    {
        var complaint = new ComplaintBuilder().Major().BuildAcknowledged(s_now.AddHours(1));

        complaint.Withdraw("customer-portal", "Sorted it out myself.", complaint.Version, s_now.AddHours(3));

        Assert.Equal((ComplaintStatus.Withdrawn, s_now.AddHours(3)), (complaint.Status, complaint.WithdrawnAt));
        Assert.Equal(ClockState.Met, complaint.Clock(ClockKind.FirstResponse).State);
        Assert.Equal(ClockState.Stopped, complaint.Clock(ClockKind.SolutionOrUpdate).State);
        Assert.Equal(ClockState.Stopped, complaint.Clock(ClockKind.MajorResolution).State);
        Assert.Null(complaint.NextClockCheckAt);
        Assert.IsType<ComplaintWithdrawn>(Assert.Single(complaint.DomainEvents));
    }

    [Fact]
    public void Quiet_period_not_yet_over_leaves_the_complaint_resolved()
    {
        var complaint = new ComplaintBuilder().BuildResolved(s_now.AddHours(1));
        var version = complaint.Version;

        var closed = complaint.CloseAfterQuietPeriod(TimeSpan.FromDays(7), s_now.AddHours(1).AddDays(7).AddTicks(-1));

        Assert.False(closed);
        Assert.Equal((ComplaintStatus.Resolved, version), (complaint.Status, complaint.Version));
        Assert.Empty(complaint.DomainEvents);
    }

    [Fact]
    public void Quiet_period_over_closes_the_complaint_automatically_as_the_system()
    {
        var complaint = new ComplaintBuilder().BuildResolved(s_now.AddHours(1));
        var at = s_now.AddHours(1).AddDays(7);

        var closed = complaint.CloseAfterQuietPeriod(TimeSpan.FromDays(7), at);

        Assert.True(closed);
        Assert.Equal((ComplaintStatus.Closed, at), (complaint.Status, complaint.ClosedAt));
        var closedEvent = Assert.IsType<ComplaintClosed>(Assert.Single(complaint.DomainEvents));
        Assert.Equal((Complaint.SystemActor, true), (closedEvent.Actor, closedEvent.Automatically));
        Assert.Equal(Complaint.SystemActor, complaint.History[^1].Actor);
    }

    [Fact]
    public void Quiet_period_closing_does_nothing_to_a_complaint_not_resolved()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));

        Assert.False(complaint.CloseAfterQuietPeriod(TimeSpan.FromDays(7), s_now.AddDays(30)));
        Assert.Equal(ComplaintStatus.Acknowledged, complaint.Status);
    }
}
