using Platform.Disputes.Domain;
using Platform.SharedKernel;

namespace Platform.Disputes.Tests.Domain;

public sealed class LitigationTests
{
    private const string Officer = DisputeBuilder.Officer;
    private static readonly DateTimeOffset s_at = DisputeBuilder.Now.AddDays(3);

    [Theory]
    [InlineData(LitigationGround.ArbitrationClauseInvalid, "decision")]
    [InlineData(LitigationGround.PartiesAgreedLitigation, "written agreement")]
    public void Ground_without_its_reference_is_refused(LitigationGround ground, string needed)
    {
        var dispute = new DisputeBuilder().BuildNegotiationFailed();

        var error = Assert.Throws<RuleViolationException>(() => dispute.AdvanceToLitigation(Officer, ground, " ", null, null, dispute.Version, s_at));

        Assert.Equal((RuleKind.FailedPrecondition, "5.3"), (error.Kind, error.Subject));
        Assert.Contains(needed, error.Message, StringComparison.Ordinal);
        Assert.Equal(DisputeStage.Negotiation, dispute.Stage);
    }

    [Fact]
    public void Litigation_without_a_ground_is_refused()
    {
        var dispute = new DisputeBuilder().BuildInArbitration();

        var error = Assert.Throws<RuleViolationException>(() => dispute.AdvanceToLitigation(Officer, default, "DEC-42", null, null, dispute.Version, s_at));

        Assert.Equal(("dispute.litigation_ground_missing", "5.3"), (error.Code, error.Subject));
    }

    [Theory]
    [InlineData(LitigationGround.ArbitrationClauseInvalid, "Decision 4 O 12/26 of the Regional Court")]
    [InlineData(LitigationGround.PartiesAgreedLitigation, "Agreement to litigate signed 2026-12-20")]
    public void Either_ground_with_its_reference_takes_the_case_to_the_court_of_the_terms(LitigationGround ground, string reference)
    {
        var dispute = new DisputeBuilder().BuildNegotiationFailed();

        dispute.AdvanceToLitigation(Officer, ground, reference, null, null, dispute.Version, s_at);

        Assert.Equal(DisputeStage.Litigation, dispute.Stage);
        Assert.Equal((ground, reference, DisputeBuilder.Venue), (dispute.Litigation!.Ground, dispute.Litigation.GroundReference, dispute.Litigation.Court));
        Assert.Equal(DisputeBuilder.Venue, Assert.IsType<MovedToLitigation>(Assert.Single(dispute.DomainEvents)).Court);
    }

    [Fact]
    public void Named_court_replaces_the_venue_of_the_terms()
    {
        var dispute = new DisputeBuilder().BuildInArbitration();

        dispute.AdvanceToLitigation(Officer, LitigationGround.ArbitrationClauseInvalid, "DEC-42", "Regional Court Munich", "LG-7", dispute.Version, s_at);

        Assert.Equal(("Regional Court Munich", "LG-7"), (dispute.Litigation!.Court, dispute.Litigation.CaseNumber));
    }

    [Fact]
    public void Arbitration_without_an_award_may_go_to_court_and_keeps_its_record()
    {
        var dispute = new DisputeBuilder().BuildInArbitration();

        dispute.AdvanceToLitigation(Officer, LitigationGround.ArbitrationClauseInvalid, "DEC-42", null, null, dispute.Version, s_at);

        Assert.Equal(DisputeStage.Litigation, dispute.Stage);
        Assert.NotNull(dispute.Arbitration);
        Assert.Contains("From arbitration", dispute.Timeline[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_to_litigation_needs_an_assigned_officer()
    {
        var dispute = new DisputeBuilder().Build();
        dispute.DeclareNegotiationFailed(Officer, "No agreement.", dispute.Version, s_at);

        var error = Assert.Throws<RuleViolationException>(
            () => dispute.AdvanceToLitigation(Officer, LitigationGround.PartiesAgreedLitigation, "AGR-1", null, null, dispute.Version, s_at));

        Assert.Equal("dispute.no_officer", error.Code);
    }

    [Fact]
    public void Judgment_ends_the_case_as_judged()
    {
        var dispute = new DisputeBuilder().BuildInLitigation();
        dispute.RecordCourtHearing(Officer, new DateOnly(2027, 2, 10), "Oral hearing.", dispute.Version, s_at);

        dispute.RecordJudgment(Officer, new DateOnly(2027, 3, 1), "Claim upheld.", dispute.Version, s_at);

        Assert.Equal(DisputeStatus.Judged, dispute.Status);
        Assert.Equal(new Judgment(new DateOnly(2027, 3, 1), "Claim upheld."), dispute.Litigation!.Judgment);
        Assert.Single(dispute.Litigation.Hearings);
        Assert.Equal(DisputeStatus.Judged, Assert.IsType<JudgmentRecorded>(dispute.DomainEvents[^1]).Outcome);
    }
}
