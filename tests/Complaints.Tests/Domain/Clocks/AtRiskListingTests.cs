using Platform.Complaints.Domain.Clocks;

namespace Platform.Complaints.Tests.Domain.Clocks;

/// <summary>
/// The due time the complaints-at-risk listing sorts by: set once a check finds a clock at risk or missed, and
/// gone once a handler has answered every clock that needed one.
/// </summary>
public sealed class AtRiskListingTests
{
    private const string Agent = ComplaintBuilder.Agent;
    private static readonly DateTimeOffset s_now = ComplaintBuilder.Now;

    [Fact]
    public void Fresh_complaint_needs_no_handler_yet()
    {
        var complaint = new ComplaintBuilder().Build();

        complaint.CheckClocksAt(s_now.AddHours(1).AddTicks(-1));

        Assert.Null(complaint.AtRiskDueAt);
    }

    [Fact]
    public void Clock_found_at_risk_lists_the_complaint_by_that_clock_s_due_time()
    {
        var complaint = new ComplaintBuilder().Build();

        complaint.CheckClocksAt(s_now.AddHours(1));

        Assert.Equal(s_now.AddHours(2), complaint.AtRiskDueAt);
    }

    [Fact]
    public void Acknowledging_the_at_risk_complaint_takes_it_off_the_list_while_the_solution_clock_has_time()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.CheckClocksAt(s_now.AddHours(1));

        complaint.Acknowledge(Agent, null, complaint.Version, s_now.AddHours(1.5));

        Assert.Null(complaint.AtRiskDueAt);
    }

    [Fact]
    public void Missed_clock_keeps_the_complaint_listed_by_when_it_was_due_until_it_is_answered()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.CheckClocksAt(s_now.AddHours(3));
        Assert.Equal(s_now.AddHours(2), complaint.AtRiskDueAt);

        complaint.Acknowledge(Agent, null, complaint.Version, s_now.AddHours(4));

        Assert.Null(complaint.AtRiskDueAt);
    }

    [Fact]
    public void Most_urgent_clock_decides_when_two_need_a_handler()
    {
        // The response was missed at 2 h; the solution clock (24 h) reaches half its time at 12 h.
        var complaint = new ComplaintBuilder().Build();
        complaint.CheckClocksAt(s_now.AddHours(12));

        Assert.Equal(ClockState.Missed, complaint.Clock(ClockKind.FirstResponse).State);
        Assert.Equal(s_now.AddHours(2), complaint.AtRiskDueAt);
    }

    [Fact]
    public void Progress_update_starts_a_fresh_solution_run_that_is_not_at_risk()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddMinutes(30));
        complaint.CheckClocksAt(s_now.AddHours(18));
        Assert.Equal(s_now.AddHours(24), complaint.AtRiskDueAt);

        complaint.PostProgressUpdate(Agent, "Engineer booked for Monday.", complaint.Version, s_now.AddHours(19));

        Assert.Null(complaint.AtRiskDueAt);
    }

    [Fact]
    public void Withdrawn_complaint_is_off_the_list_even_with_a_missed_clock()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.CheckClocksAt(s_now.AddHours(3));

        complaint.Withdraw(Agent, null, complaint.Version, s_now.AddHours(4));

        Assert.Null(complaint.AtRiskDueAt);
    }
}
