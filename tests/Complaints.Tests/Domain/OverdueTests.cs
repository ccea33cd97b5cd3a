using Platform.Complaints.Domain.Clocks;

namespace Platform.Complaints.Tests.Domain;

public sealed class OverdueTests
{
    private const string Agent = ComplaintBuilder.Agent;
    private static readonly DateTimeOffset s_now = ComplaintBuilder.Now;

    [Fact]
    public void Complaint_within_its_clocks_is_not_overdue()
    {
        var complaint = new ComplaintBuilder().Build();

        complaint.CheckClocksAt(s_now.AddHours(2).AddTicks(-1));

        Assert.False(complaint.Overdue);
    }

    [Fact]
    public void Open_complaint_with_a_missed_unanswered_clock_is_overdue()
    {
        var complaint = new ComplaintBuilder().Build();

        complaint.CheckClocksAt(s_now.AddHours(2));

        Assert.True(complaint.Overdue);
    }

    [Fact]
    public void Late_answer_to_the_missed_clock_ends_overdue()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.CheckClocksAt(s_now.AddHours(2));

        complaint.Acknowledge(Agent, null, complaint.Version, s_now.AddHours(3));

        Assert.False(complaint.Overdue);
        Assert.Equal(s_now.AddHours(3), complaint.Clock(ClockKind.FirstResponse).MetAt);
    }

    [Fact]
    public void Late_progress_update_ends_overdue_with_a_fresh_run()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));
        complaint.CheckClocksAt(s_now.AddHours(25));

        complaint.PostProgressUpdate(Agent, "Sorry for the delay.", complaint.Version, s_now.AddHours(26));

        Assert.False(complaint.Overdue);
    }

    [Fact]
    public void Next_due_time_is_the_earliest_due_time_of_a_running_clock()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));

        Assert.Equal(s_now.AddHours(24), complaint.NextDueAt);
        Assert.False(complaint.IsOverdueAt(s_now.AddHours(24).AddTicks(-1)));
        Assert.True(complaint.IsOverdueAt(s_now.AddHours(24)));
    }

    [Fact]
    public void Resolved_complaint_has_no_clock_left_to_fall_due()
    {
        var complaint = new ComplaintBuilder().BuildResolved(s_now.AddHours(1));

        Assert.Null(complaint.NextDueAt);
        Assert.False(complaint.IsOverdueAt(s_now.AddDays(30)));
    }

    [Fact]
    public void Withdrawn_complaint_with_a_missed_clock_is_not_overdue()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.CheckClocksAt(s_now.AddHours(3));

        complaint.Withdraw(Agent, null, complaint.Version, s_now.AddHours(4));

        Assert.False(complaint.Overdue);
    }
}
