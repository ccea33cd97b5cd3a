using Platform.Disputes.Domain;
using Platform.SharedKernel;

namespace Platform.Disputes.Tests.Domain;

public sealed class ArbitrationTests
{
    private const string Officer = DisputeBuilder.Officer;
    private static readonly DateTimeOffset s_at = DisputeBuilder.Now.AddDays(3);

    [Fact]
    public void Commission_defaults_to_the_one_named_in_the_terms()
    {
        var dispute = new DisputeBuilder().BuildNegotiationFailed();

        dispute.AdvanceToArbitration(Officer, null, null, null, dispute.Version, s_at);

        Assert.Equal(DisputeStage.Arbitration, dispute.Stage);
        var arbitration = dispute.Arbitration!;
        Assert.Equal((DisputeBuilder.Commission, null, null, s_at, Officer), (arbitration.Commission, arbitration.OverrideReason, arbitration.CaseNumber, arbitration.StartedAt, arbitration.StartedBy));
        Assert.False(Assert.IsType<MovedToArbitration>(Assert.Single(dispute.DomainEvents)).CommissionOverridden);
    }

    [Fact]
    public void Another_commission_without_a_reason_is_refused()
    {
        var dispute = new DisputeBuilder().BuildNegotiationFailed();

        var error = Assert.Throws<RuleViolationException>(() => dispute.AdvanceToArbitration(Officer, "Some Other Tribunal", " ", null, dispute.Version, s_at));

        Assert.Equal((RuleKind.FailedPrecondition, "dispute.commission_not_in_terms", "5.2"), (error.Kind, error.Code, error.Subject));
        Assert.Contains(DisputeBuilder.Commission, error.Message, StringComparison.Ordinal);
        Assert.Equal(DisputeStage.Negotiation, dispute.Stage);
    }

    [Fact]
    public void Another_commission_with_a_reason_is_recorded_as_an_override()
    {
        var dispute = new DisputeBuilder().BuildNegotiationExpired();

        dispute.AdvanceToArbitration(Officer, "Some Other Tribunal", "The named commission declined the case.", "T-1", dispute.Version, DisputeBuilder.AfterDeadline);

        Assert.Equal(("Some Other Tribunal", "The named commission declined the case.", "T-1"), (dispute.Arbitration!.Commission, dispute.Arbitration.OverrideReason, dispute.Arbitration.CaseNumber));
        Assert.True(Assert.IsType<MovedToArbitration>(Assert.Single(dispute.DomainEvents)).CommissionOverridden);
    }

    [Fact]
    public void Terms_commission_named_in_other_case_needs_no_override()
    {
        var dispute = new DisputeBuilder().BuildNegotiationFailed();

        dispute.AdvanceToArbitration(Officer, DisputeBuilder.Commission.ToUpperInvariant(), null, null, dispute.Version, s_at);

        Assert.Equal((DisputeBuilder.Commission, null), (dispute.Arbitration!.Commission, dispute.Arbitration.OverrideReason));
    }

    [Fact]
    public void Moving_to_arbitration_needs_an_assigned_officer()
    {
        var dispute = new DisputeBuilder().Build();
        dispute.ExpireNegotiation(DisputeBuilder.Deadline);

        var error = Assert.Throws<RuleViolationException>(() => dispute.AdvanceToArbitration(Officer, null, null, null, dispute.Version, DisputeBuilder.AfterDeadline));

        Assert.Equal(("dispute.no_officer", "dispute.assigned_officer"), (error.Code, error.Subject));
    }

    [Fact]
    public void Moving_to_arbitration_names_the_acting_officer()
    {
        var dispute = new DisputeBuilder().BuildNegotiationFailed();

        var error = Assert.Throws<RuleViolationException>(() => dispute.AdvanceToArbitration(" ", null, null, null, dispute.Version, s_at));

        Assert.Equal((RuleKind.InvalidArgument, "actor"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Any_named_officer_may_act_and_is_recorded()
    {
        var dispute = new DisputeBuilder().BuildNegotiationFailed();

        dispute.AdvanceToArbitration("officer-9", null, null, null, dispute.Version, s_at);

        Assert.Equal(("officer-9", "officer-9"), (dispute.Arbitration!.StartedBy, dispute.Timeline[^1].Actor));
    }

    [Fact]
    public void Hearings_are_kept_in_order()
    {
        var dispute = new DisputeBuilder().BuildInArbitration();

        dispute.RecordArbitrationHearing(Officer, new DateOnly(2027, 1, 5), "Opening statements.", dispute.Version, s_at);
        dispute.RecordArbitrationHearing(Officer, new DateOnly(2027, 1, 12), "Witnesses heard.", dispute.Version, s_at);

        Assert.Equal([new Hearing(new DateOnly(2027, 1, 5), "Opening statements."), new Hearing(new DateOnly(2027, 1, 12), "Witnesses heard.")], dispute.Arbitration!.Hearings);
    }

    [Fact]
    public void Award_ends_the_case_as_awarded()
    {
        var dispute = new DisputeBuilder().BuildInArbitration();

        dispute.RecordAward(Officer, new DateOnly(2027, 2, 1), "Credit of EUR 120.50 awarded.", dispute.Version, s_at);

        Assert.Equal((DisputeStatus.Awarded, true), (dispute.Status, dispute.IsClosed));
        Assert.Equal(new Award(new DateOnly(2027, 2, 1), "Credit of EUR 120.50 awarded."), dispute.Arbitration!.Award);
        Assert.Equal(DisputeStatus.Awarded, Assert.IsType<AwardRecorded>(Assert.Single(dispute.DomainEvents)).Outcome);
    }

    [Fact]
    public void Commission_case_number_is_recorded_once()
    {
        var dispute = new DisputeBuilder().BuildInArbitration();
        dispute.RecordCaseNumber(Officer, "ARB-2026-118", dispute.Version, s_at);

        var error = Assert.Throws<RuleViolationException>(() => dispute.RecordCaseNumber(Officer, "ARB-2026-119", dispute.Version, s_at));

        Assert.Equal("ARB-2026-118", dispute.Arbitration!.CaseNumber);
        Assert.Equal("dispute.case_number_recorded", error.Code);
    }
}
