using Platform.Disputes.Domain;
using Platform.SharedKernel;

namespace Platform.Disputes.Tests.Domain;

public sealed class ConcurrencyTests
{
    private static readonly DateTimeOffset s_at = DisputeBuilder.Now.AddDays(3);

    [Fact]
    public void Stale_version_is_a_conflict_on_the_version()
    {
        var dispute = new DisputeBuilder().BuildNegotiationFailed();

        var error = Assert.Throws<RuleViolationException>(() => dispute.AdvanceToArbitration(DisputeBuilder.Officer, null, null, null, dispute.Version - 1, s_at));

        Assert.Equal((RuleKind.ConcurrencyConflict, "version"), (error.Kind, error.Subject));
        Assert.Equal(DisputeStage.Negotiation, dispute.Stage);
    }

    [Fact]
    public void Of_two_officers_advancing_from_the_same_version_the_first_wins_and_the_second_is_aborted()
    {
        var dispute = new DisputeBuilder().BuildNegotiationFailed();
        var seen = dispute.Version;

        dispute.AdvanceToArbitration("officer-1", null, null, null, seen, s_at);
        var error = Assert.Throws<RuleViolationException>(
            () => dispute.AdvanceToLitigation("officer-2", LitigationGround.PartiesAgreedLitigation, "AGR-1", null, null, seen, s_at));

        Assert.Equal(RuleKind.ConcurrencyConflict, error.Kind);
        Assert.Equal(DisputeStage.Arbitration, dispute.Stage);
    }

    [Fact]
    public void Version_is_checked_before_anything_else_even_on_a_closed_case()
    {
        var dispute = new DisputeBuilder().BuildSettled();

        var error = Assert.Throws<RuleViolationException>(() => dispute.Withdraw(" ", null!, dispute.Version + 1, s_at));

        Assert.Equal(RuleKind.ConcurrencyConflict, error.Kind);
    }

    [Fact]
    public void Every_change_raises_its_event_with_the_version_after_it()
    {
        var dispute = new DisputeBuilder().Build();
        dispute.AssignOfficer(DisputeBuilder.Clerk, DisputeBuilder.Officer, 1, s_at);
        dispute.DeclareNegotiationFailed(DisputeBuilder.Officer, "No agreement.", 2, s_at);
        dispute.AdvanceToArbitration(DisputeBuilder.Officer, null, null, null, 3, s_at);
        dispute.RecordAward(DisputeBuilder.Officer, new DateOnly(2027, 1, 1), "Awarded.", 4, s_at);

        Assert.Equal([1L, 2, 3, 4, 5], dispute.DomainEvents.Cast<DisputeChanged>().Select(e => e.Version));
        Assert.Equal(5, dispute.Version);
    }
}
