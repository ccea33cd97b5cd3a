using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.SharedKernel;

namespace Platform.Complaints.Tests.Domain.Clocks;

public sealed class PauseTests
{
    private static readonly DateTimeOffset s_now = ComplaintBuilder.Now;
    private static readonly DateTimeOffset s_acknowledgedAt = s_now.AddHours(1);

    private static Complaint AwaitingFrom(DateTimeOffset from, ComplaintBuilder? builder = null)
    {
        var complaint = (builder ?? new ComplaintBuilder()).BuildAcknowledged(s_acknowledgedAt);
        complaint.AwaitCustomer(ComplaintBuilder.Agent, "Please send the bank statement.", complaint.Version, from);
        return complaint;
    }

    [Fact]
    public void Waiting_on_the_customer_shows_running_clocks_as_paused()
    {
        var complaint = AwaitingFrom(s_now.AddHours(2), new ComplaintBuilder().Major());

        var views = complaint.ClockViews(s_now.AddHours(4));

        Assert.True(complaint.AwaitingCustomer);
        Assert.Equal(ClockState.Paused, views.Single(v => v.Kind == ClockKind.SolutionOrUpdate).State);
        Assert.Equal(ClockState.Paused, views.Single(v => v.Kind == ClockKind.MajorResolution).State);
        Assert.Equal(ClockState.Met, views.Single(v => v.Kind == ClockKind.FirstResponse).State);
    }

    [Fact]
    public void Paused_time_does_not_count_against_the_clock()
    {
        var complaint = AwaitingFrom(s_now.AddHours(2));

        var view = complaint.View(ClockKind.SolutionOrUpdate, s_now.AddHours(4));

        Assert.Equal(TimeSpan.FromHours(2), view.ElapsedBusiness);
        Assert.Equal(TimeSpan.FromHours(2), view.Paused);
        Assert.Equal(TimeSpan.FromHours(22), view.TimeLeft);
    }

    [Fact]
    public void Reply_ends_the_pause_and_its_length_moves_the_due_time_but_not_the_original()
    {
        var complaint = AwaitingFrom(s_now.AddHours(2));

        complaint.CustomerReplied(ComplaintBuilder.Agent, "Statement received.", complaint.Version, s_now.AddHours(7));

        var view = complaint.View(ClockKind.SolutionOrUpdate, s_now.AddHours(8));
        Assert.False(complaint.AwaitingCustomer);
        Assert.Equal(ClockState.Running, view.State);
        Assert.Equal(s_now.AddHours(29), view.DueAt);
        Assert.Equal(s_now.AddHours(24), view.OriginalDueAt);
    }

    [Fact]
    public void Update_one_tick_before_the_moved_due_time_is_in_time()
    {
        var complaint = AwaitingFrom(s_now.AddHours(2));
        complaint.CustomerReplied(ComplaintBuilder.Agent, null, complaint.Version, s_now.AddHours(7));
        complaint.ClearDomainEvents();

        complaint.PostProgressUpdate(ComplaintBuilder.Agent, "Refund approved.", complaint.Version, s_now.AddHours(29).AddTicks(-1));

        Assert.True(complaint.DomainEvents.OfType<ComplaintProgressUpdated>().Single().InTime);
    }

    [Fact]
    public void Waiting_without_citing_the_message_is_refused()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_acknowledgedAt);

        var error = Assert.Throws<RuleViolationException>(() => complaint.AwaitCustomer(ComplaintBuilder.Agent, "  ", complaint.Version, s_now.AddHours(2)));

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("cited_message", error.Subject);
        Assert.Empty(complaint.Pauses);
    }

    [Fact]
    public void Waiting_before_the_complaint_is_acknowledged_is_refused()
    {
        var complaint = new ComplaintBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(() => complaint.AwaitCustomer(ComplaintBuilder.Agent, "Please call back.", complaint.Version, s_now.AddHours(1)));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("complaint.status", error.Subject);
    }

    [Fact]
    public void Waiting_twice_is_refused()
    {
        var complaint = AwaitingFrom(s_now.AddHours(2));

        var error = Assert.Throws<RuleViolationException>(() => complaint.AwaitCustomer(ComplaintBuilder.Agent, "Reminder.", complaint.Version, s_now.AddHours(3)));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("complaint.awaiting_customer", error.Subject);
        Assert.Single(complaint.Pauses);
    }

    [Fact]
    public void Reply_when_nothing_is_awaited_is_refused()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_acknowledgedAt);

        var error = Assert.Throws<RuleViolationException>(() => complaint.CustomerReplied(ComplaintBuilder.Agent, null, complaint.Version, s_now.AddHours(2)));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("complaint.awaiting_customer", error.Subject);
    }

    [Fact]
    public void Every_pause_stays_on_record_with_its_cited_message_and_history()
    {
        var complaint = AwaitingFrom(s_now.AddHours(2));
        complaint.CustomerReplied(ComplaintBuilder.Agent, null, complaint.Version, s_now.AddHours(3));

        complaint.AwaitCustomer("agent-9", "Please confirm the IBAN.", complaint.Version, s_now.AddHours(4));

        Assert.Equal(["Please send the bank statement.", "Please confirm the IBAN."], complaint.Pauses.Select(p => p.CitedMessage));
        Assert.Equal(s_now.AddHours(3), complaint.Pauses[0].EndedAt);
        Assert.Equal("agent-9", complaint.Pauses[1].Actor);
        Assert.Equal(["AwaitingCustomer", "CustomerReplied", "AwaitingCustomer"], complaint.History.Select(h => h.Action).Where(a => a is "AwaitingCustomer" or "CustomerReplied"));
    }

    [Fact]
    public void Resolving_while_waiting_ends_the_pause()
    {
        var complaint = AwaitingFrom(s_now.AddHours(2));

        complaint.Resolve(ComplaintBuilder.Agent, "Refunded.", false, complaint.Version, s_now.AddHours(5));

        Assert.False(complaint.AwaitingCustomer);
        Assert.Equal(s_now.AddHours(5), complaint.Pauses[^1].EndedAt);
    }

    [Fact]
    public void Withdrawing_while_waiting_ends_the_pause()
    {
        var complaint = AwaitingFrom(s_now.AddHours(2));

        complaint.Withdraw(ComplaintBuilder.Agent, "Customer withdrew.", complaint.Version, s_now.AddHours(5));

        Assert.False(complaint.AwaitingCustomer);
        Assert.Equal(s_now.AddHours(5), complaint.Pauses[^1].EndedAt);
    }

    [Fact]
    public void Business_hours_pause_credits_only_its_working_time()
    {
        // Received Monday 09:00 Berlin; waits from Monday 15:00 to Tuesday 11:00 Berlin: 2 h + 2 h of working time.
        var builder = new ComplaintBuilder().WithCalendar(ComplaintBuilder.BerlinOfficeHours()).ReceivedAt(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var complaint = builder.BuildAcknowledged(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        complaint.AwaitCustomer(ComplaintBuilder.Agent, "Please send the invoice.", complaint.Version, new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero));
        var repliedAt = new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero);

        complaint.CustomerReplied(ComplaintBuilder.Agent, null, complaint.Version, repliedAt);

        Assert.Equal(TimeSpan.FromHours(4), Assert.Single(complaint.PauseSpans(repliedAt)).Credited);
        // Due Wednesday 17:00 Berlin without the pause; four working hours later is Thursday 13:00 Berlin.
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 12, 0, 0, TimeSpan.Zero), complaint.View(ClockKind.SolutionOrUpdate, repliedAt).DueAt);
    }
}
