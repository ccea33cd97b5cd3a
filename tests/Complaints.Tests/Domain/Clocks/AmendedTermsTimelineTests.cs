using Microsoft.Extensions.Time.Testing;
using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;

namespace Platform.Complaints.Tests.Domain.Clocks;

/// <summary>
/// Terms version 1 (first response 2 h, solution or update 24 h) are in force when a complaint is received;
/// version 2 (4 h and 48 h) takes effect an hour later, as a fake clock moves on. The complaint keeps version 1.
/// </summary>
public sealed class AmendedTermsTimelineTests
{
    private const string Agent = ComplaintBuilder.Agent;
    private static readonly DateTimeOffset s_received = ComplaintBuilder.Now;
    private static readonly TimeSpan s_tick = TimeSpan.FromTicks(1);
    private static readonly ComplaintTerms s_version1 = ComplaintBuilder.Terms(version: 1);

    private static readonly ComplaintTerms s_version2 = ComplaintBuilder.Terms(version: 2) with
    {
        FirstResponseWithin = TimeSpan.FromHours(4),
        SolutionOrUpdateWithin = TimeSpan.FromHours(48),
    };

    private readonly FakeTimeProvider _time = new(s_received);

    private DateTimeOffset Now => _time.GetUtcNow();

    [Fact]
    public void First_response_stays_due_by_the_terms_at_receipt_after_an_amendment()
    {
        var complaint = new ComplaintBuilder().WithTerms(s_version1).Build();
        _time.Advance(TimeSpan.FromHours(1));
        var receivedUnderAmendment = new ComplaintBuilder().WithTerms(s_version2).ReceivedAt(Now).Build();

        _time.SetUtcNow(s_received.AddHours(2));
        complaint.CheckClocksAt(Now);
        receivedUnderAmendment.CheckClocksAt(Now);

        Assert.Equal((1, s_received.AddHours(2)), (complaint.Terms.Version, complaint.View(ClockKind.FirstResponse, Now).DueAt));
        Assert.Equal(ClockState.Missed, complaint.View(ClockKind.FirstResponse, Now).State);
        Assert.True(complaint.Overdue);
        Assert.Equal(ClockState.Running, receivedUnderAmendment.View(ClockKind.FirstResponse, Now).State);
        Assert.Equal(s_received.AddHours(5), receivedUnderAmendment.View(ClockKind.FirstResponse, Now).DueAt);
    }

    [Fact]
    public void Answer_within_the_amended_allowance_but_after_the_original_one_is_late()
    {
        var complaint = new ComplaintBuilder().WithTerms(s_version1).Build();
        complaint.ClearDomainEvents();

        _time.Advance(TimeSpan.FromHours(3));
        complaint.Acknowledge(Agent, "Sorry for the wait.", complaint.Version, Now);

        Assert.False(Assert.Single(complaint.DomainEvents.OfType<ComplaintAcknowledged>()).InTime);
        Assert.Equal(s_received.AddHours(2), Assert.Single(complaint.DomainEvents.OfType<ClockMissed>()).DueAt);
    }

    [Fact]
    public void Solution_run_started_after_the_amendment_is_due_by_the_terms_at_receipt()
    {
        var complaint = new ComplaintBuilder().WithTerms(s_version1).Build();
        _time.Advance(TimeSpan.FromHours(1));
        complaint.Acknowledge(Agent, "Looking into it.", complaint.Version, Now);
        _time.Advance(TimeSpan.FromHours(4));
        complaint.PostProgressUpdate(Agent, "Refund requested.", complaint.Version, Now);
        var runDue = s_received.AddHours(5 + 24);
        complaint.ClearDomainEvents();

        _time.SetUtcNow(runDue - s_tick);
        complaint.CheckClocksAt(Now);
        var missedBefore = complaint.DomainEvents.OfType<ClockMissed>().Any();
        _time.Advance(s_tick);
        complaint.CheckClocksAt(Now);

        Assert.False(missedBefore);
        var missed = Assert.Single(complaint.DomainEvents.OfType<ClockMissed>());
        Assert.Equal((ClockKind.SolutionOrUpdate, runDue), (missed.Clock, missed.DueAt));
        Assert.Equal(s_version1.SolutionOrUpdateWithin, complaint.View(ClockKind.SolutionOrUpdate, Now).Allowed);
    }
}
