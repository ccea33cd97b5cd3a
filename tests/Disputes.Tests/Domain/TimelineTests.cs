using Platform.Disputes.Domain;
using Platform.SharedKernel;

namespace Platform.Disputes.Tests.Domain;

public sealed class TimelineTests
{
    private const string Officer = DisputeBuilder.Officer;

    [Fact]
    public void Timeline_lists_every_step_in_order_with_its_actor_time_and_reason()
    {
        var dispute = new DisputeBuilder().BuildInArbitration();
        dispute.RecordAward(Officer, new DateOnly(2027, 1, 15), "Credit awarded.", dispute.Version, DisputeBuilder.Now.AddDays(50));

        Assert.Equal(["Opened", "OfficerAssigned", "NegotiationFailed", "MovedToArbitration", "Awarded"], dispute.Timeline.Select(t => t.Action));
        Assert.Equal([1, 2, 3, 4, 5], dispute.Timeline.Select(t => t.Sequence));
        Assert.Equal(
            new TimelineEntry(3, DisputeBuilder.Now.AddDays(2), Officer, "NegotiationFailed", "The promisor refuses any credit.", DisputeStage.Negotiation, DisputeStatus.Open),
            dispute.Timeline[2]);
        Assert.Equal((DisputeStage.Arbitration, DisputeStatus.Awarded), (dispute.Timeline[^1].Stage, dispute.Timeline[^1].Status));
    }

    [Fact]
    public void Later_changes_append_and_leave_earlier_entries_as_they_were()
    {
        var dispute = new DisputeBuilder().BuildAssigned();
        var before = dispute.Timeline.ToList();

        dispute.AddSubmission(Officer, SubmissionKind.Minutes, "Both parties", "MIN-1", null, dispute.Version, DisputeBuilder.Now.AddDays(1));
        dispute.DeclareNegotiationFailed(Officer, "No agreement.", dispute.Version, DisputeBuilder.Now.AddDays(2));

        Assert.Equal(before, dispute.Timeline.Take(before.Count));
        Assert.Equal(before.Count + 2, dispute.Timeline.Count);
    }

    [Fact]
    public void Refused_change_leaves_no_trace_on_the_timeline()
    {
        var dispute = new DisputeBuilder().BuildAssigned();
        var count = dispute.Timeline.Count;

        Assert.Throws<RuleViolationException>(() => dispute.RecordAward(Officer, new DateOnly(2027, 1, 1), "Too early.", dispute.Version, DisputeBuilder.Now));

        Assert.Equal(count, dispute.Timeline.Count);
    }

    [Fact]
    public void Deadline_expiry_is_on_the_timeline_as_a_system_step()
    {
        var dispute = new DisputeBuilder().BuildNegotiationExpired();

        var entry = dispute.Timeline[^1];

        Assert.Equal((DisputeBuilder.Deadline, Dispute.SystemActor, "NegotiationPeriodExpired"), (entry.At, entry.Actor, entry.Action));
        Assert.Contains("2026-12-10T09:00:00Z", entry.Detail, StringComparison.Ordinal);
    }
}
