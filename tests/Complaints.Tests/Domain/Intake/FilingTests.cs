using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.SharedKernel;

namespace Platform.Complaints.Tests.Domain.Intake;

public sealed class FilingTests
{
    private static readonly DateTimeOffset s_now = ComplaintBuilder.Now;

    [Fact]
    public void Received_time_in_the_future_is_refused()
    {
        var builder = new ComplaintBuilder().ReceivedAt(s_now.AddTicks(1)).FiledAt(s_now);

        var error = Assert.Throws<RuleViolationException>(() => builder.Build());

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("received_at", error.Subject);
    }

    [Fact]
    public void Received_and_filed_at_the_same_instant_is_accepted()
    {
        var complaint = new ComplaintBuilder().ReceivedAt(s_now).FiledAt(s_now).Build();

        Assert.Equal((s_now, s_now), (complaint.ReceivedAt, complaint.FiledAt));
    }

    [Fact]
    public void Written_complaint_logged_late_keeps_its_received_time_and_counts_from_it()
    {
        var complaint = new ComplaintBuilder().ReceivedAt(s_now.AddMinutes(-30)).FiledAt(s_now).Build();

        Assert.Equal(s_now.AddMinutes(-30), complaint.ReceivedAt);
        Assert.Equal(s_now, complaint.FiledAt);
        Assert.Equal(s_now.AddMinutes(90), complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
    }

    [Fact]
    public void Complaint_received_long_ago_misses_its_passed_clocks_at_once()
    {
        var receivedAt = s_now.AddHours(-30);

        var complaint = new ComplaintBuilder().Major().ReceivedAt(receivedAt).FiledAt(s_now).Build();

        var missed = complaint.DomainEvents.OfType<ClockMissed>().ToList();
        Assert.Equal([ClockKind.FirstResponse, ClockKind.SolutionOrUpdate], missed.Select(e => e.Clock));
        Assert.Equal([receivedAt.AddHours(2), receivedAt.AddHours(24)], missed.Select(e => e.DueAt));
        Assert.Equal(ClockState.Running, complaint.Clock(ClockKind.MajorResolution).State);
        Assert.True(complaint.Overdue);
        Assert.Equal(1, complaint.Version);
    }

    [Fact]
    public void Late_logged_complaint_past_three_quarters_raises_both_warnings_when_filed()
    {
        var receivedAt = s_now.AddMinutes(-100);

        var complaint = new ComplaintBuilder().ReceivedAt(receivedAt).FiledAt(s_now).Build();

        Assert.Equal([50, 75], complaint.DomainEvents.OfType<ClockAtRisk>().Select(e => e.PercentUsed));
        Assert.Equal(receivedAt.AddHours(2), complaint.NextClockCheckAt);
        Assert.False(complaint.Overdue);
    }

    [Fact]
    public void Acknowledging_a_complaint_that_was_already_late_when_filed_is_not_in_time()
    {
        var complaint = new ComplaintBuilder().ReceivedAt(s_now.AddHours(-3)).FiledAt(s_now).Build();
        complaint.ClearDomainEvents();

        complaint.Acknowledge(ComplaintBuilder.Agent, null, complaint.Version, s_now.AddMinutes(1));

        Assert.False(Assert.IsType<ComplaintAcknowledged>(Assert.Single(complaint.DomainEvents)).InTime);
    }

    [Fact]
    public void Filing_without_an_actor_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => Complaint.File(
            Guid.NewGuid(), ComplaintBuilder.AgreementId, ComplaintBuilder.Request, ComplaintBuilder.Details(), new SealedContact("sealed"),
            s_now, ComplaintBuilder.Terms(), TimeSpan.FromHours(48), " ", s_now));

        Assert.Equal((RuleKind.InvalidArgument, "actor"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Retried_request_with_the_same_content_is_the_same_filing()
    {
        var complaint = new ComplaintBuilder().Build();

        var error = Record.Exception(() => complaint.EnsureFiledBy(ComplaintBuilder.Request with { }));

        Assert.Null(error);
    }

    [Fact]
    public void Reused_request_id_with_other_content_already_exists()
    {
        var complaint = new ComplaintBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(() => complaint.EnsureFiledBy(ComplaintBuilder.Request with { Fingerprint = "another-content" }));

        Assert.Equal(RuleKind.AlreadyExists, error.Kind);
        Assert.Equal("request_id", error.Subject);
    }
}
