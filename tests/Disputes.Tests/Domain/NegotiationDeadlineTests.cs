using Microsoft.Extensions.Time.Testing;
using Platform.Disputes.Domain;
using Platform.SharedKernel;

namespace Platform.Disputes.Tests.Domain;

public sealed class NegotiationDeadlineTests
{
    private const string Officer = DisputeBuilder.Officer;

    private readonly FakeTimeProvider _time = new(DisputeBuilder.Now);

    [Fact]
    public void Deadline_is_the_opening_plus_the_negotiation_period_in_calendar_days()
    {
        var dispute = new DisputeBuilder().Build();

        Assert.Equal(DisputeBuilder.Deadline, dispute.NegotiationDeadline);
    }

    [Fact]
    public void Deadline_of_a_case_opened_with_an_offset_is_the_same_instant_in_utc()
    {
        var dispute = new DisputeBuilder().OpenedAt(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(1))).Build();

        Assert.Equal(TimeSpan.Zero, dispute.NegotiationDeadline.Offset);
        Assert.Equal(DisputeBuilder.Deadline, dispute.NegotiationDeadline);
    }

    [Fact]
    public void Negotiation_that_began_before_the_case_was_logged_counts_its_period_from_that_start()
    {
        var began = DisputeBuilder.Now.AddDays(-10);

        var dispute = Dispute.Open(
            Guid.NewGuid(), DisputeBuilder.AgreementId, DisputeBuilder.Request, DisputeBuilder.Details(), DisputeBuilder.Terms(), DisputeBuilder.Clerk, began, DisputeBuilder.Now);

        Assert.Equal((began, DisputeBuilder.Now), (dispute.NegotiationStartedAt, dispute.OpenedAt));
        Assert.Equal(began.AddDays(14), dispute.NegotiationDeadline);
        Assert.Contains("negotiation began 2026-11-16T09:00:00Z, open until 2026-11-30T09:00:00Z", dispute.Timeline[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Negotiation_whose_period_already_ran_out_before_logging_expires_at_once()
    {
        var dispute = Dispute.Open(
            Guid.NewGuid(), DisputeBuilder.AgreementId, DisputeBuilder.Request, DisputeBuilder.Details(), DisputeBuilder.Terms(), DisputeBuilder.Clerk,
            DisputeBuilder.Now.AddDays(-20), DisputeBuilder.Now);

        Assert.True(dispute.ExpireNegotiation(DisputeBuilder.Now));
        Assert.Equal(NegotiationState.Expired, dispute.NegotiationState);
    }

    [Fact]
    public void Negotiation_cannot_have_begun_in_the_future()
    {
        var error = Assert.Throws<RuleViolationException>(() => Dispute.Open(
            Guid.NewGuid(), DisputeBuilder.AgreementId, DisputeBuilder.Request, DisputeBuilder.Details(), DisputeBuilder.Terms(), DisputeBuilder.Clerk,
            DisputeBuilder.Now.AddTicks(1), DisputeBuilder.Now));

        Assert.Equal((RuleKind.InvalidArgument, "negotiation_started_at"), (error.Kind, error.Subject));
    }

    [Fact]
    public void One_tick_before_the_deadline_the_negotiation_does_not_expire()
    {
        var dispute = new DisputeBuilder().BuildAssigned();
        _time.Advance(DisputeBuilder.Deadline - DisputeBuilder.Now - TimeSpan.FromTicks(1));

        var expired = dispute.ExpireNegotiation(_time.GetUtcNow());

        Assert.False(expired);
        Assert.Equal(NegotiationState.Open, dispute.NegotiationState);
        Assert.Empty(dispute.DomainEvents);
    }

    [Fact]
    public void At_the_deadline_the_negotiation_expires_and_raises_the_expiry()
    {
        var dispute = new DisputeBuilder().BuildAssigned();
        var version = dispute.Version;
        _time.Advance(DisputeBuilder.Deadline - DisputeBuilder.Now);

        var expired = dispute.ExpireNegotiation(_time.GetUtcNow());

        Assert.True(expired);
        Assert.Equal((NegotiationState.Expired, DisputeStage.Negotiation, DisputeStatus.Open), (dispute.NegotiationState, dispute.Stage, dispute.Status));
        var raised = Assert.IsType<NegotiationPeriodExpired>(Assert.Single(dispute.DomainEvents));
        Assert.Equal((version + 1, DisputeBuilder.Deadline, Dispute.SystemActor), (raised.Version, raised.Deadline, raised.Actor));
        Assert.Equal(("NegotiationPeriodExpired", Dispute.SystemActor), (dispute.Timeline[^1].Action, dispute.Timeline[^1].Actor));
    }

    [Fact]
    public void Expiring_again_changes_nothing()
    {
        var dispute = new DisputeBuilder().BuildNegotiationExpired();
        var version = dispute.Version;

        var expired = dispute.ExpireNegotiation(DisputeBuilder.AfterDeadline);

        Assert.False(expired);
        Assert.Equal(version, dispute.Version);
        Assert.Empty(dispute.DomainEvents);
    }

    [Fact]
    public void Failed_negotiation_does_not_expire()
    {
        var dispute = new DisputeBuilder().BuildNegotiationFailed();

        Assert.False(dispute.ExpireNegotiation(DisputeBuilder.AfterDeadline));
        Assert.Equal(NegotiationState.Failed, dispute.NegotiationState);
    }

    [Fact]
    public void Closed_case_does_not_expire()
    {
        var dispute = new DisputeBuilder().BuildWithdrawn();

        Assert.False(dispute.ExpireNegotiation(DisputeBuilder.AfterDeadline));
        Assert.Equal(NegotiationState.Open, dispute.NegotiationState);
    }

    [Fact]
    public void Declaring_failure_after_the_expiry_is_refused_as_the_negotiation_already_ended()
    {
        var dispute = new DisputeBuilder().BuildNegotiationExpired();

        var error = Assert.Throws<RuleViolationException>(() => dispute.DeclareNegotiationFailed(Officer, "No agreement.", dispute.Version, DisputeBuilder.AfterDeadline));

        Assert.Equal((RuleKind.FailedPrecondition, "dispute.negotiation_not_open", "5.1"), (error.Kind, error.Code, error.Subject));
        Assert.Contains("ended at 2026-12-10T09:00:00Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declaring_failure_at_the_deadline_before_the_expiry_is_recorded_is_refused_too()
    {
        var dispute = new DisputeBuilder().BuildAssigned();

        var error = Assert.Throws<RuleViolationException>(() => dispute.DeclareNegotiationFailed(Officer, "No agreement.", dispute.Version, DisputeBuilder.Deadline));

        Assert.Equal("dispute.negotiation_not_open", error.Code);
        Assert.Equal(NegotiationState.Open, dispute.NegotiationState);
    }

    [Fact]
    public void Settlement_after_the_deadline_is_refused()
    {
        var dispute = new DisputeBuilder().BuildAssigned();

        var error = Assert.Throws<RuleViolationException>(() => dispute.RecordSettlement(Officer, "EUR 100 credited.", dispute.Version, DisputeBuilder.AfterDeadline));

        Assert.Equal((RuleKind.FailedPrecondition, "5.1"), (error.Kind, error.Subject));
        Assert.Equal(DisputeStatus.Open, dispute.Status);
    }

    [Fact]
    public void Settlement_one_tick_before_the_deadline_is_accepted()
    {
        var dispute = new DisputeBuilder().BuildAssigned();

        dispute.RecordSettlement(Officer, "EUR 100 credited.", dispute.Version, DisputeBuilder.Deadline.AddTicks(-1));

        Assert.Equal(DisputeStatus.Settled, dispute.Status);
    }

    [Fact]
    public void Submission_after_the_deadline_is_refused()
    {
        var dispute = new DisputeBuilder().BuildAssigned();

        var error = Assert.Throws<RuleViolationException>(
            () => dispute.AddSubmission(Officer, SubmissionKind.Email, "Erika Mustermann", null, "One more offer.", dispute.Version, DisputeBuilder.Deadline));

        Assert.Equal("dispute.negotiation_not_open", error.Code);
    }

    [Fact]
    public void Advancing_after_a_deadline_the_scheduler_has_not_seen_yet_records_the_expiry_in_the_same_change()
    {
        var dispute = new DisputeBuilder().BuildAssigned();
        var version = dispute.Version;

        dispute.AdvanceToArbitration(Officer, null, null, null, version, DisputeBuilder.AfterDeadline);

        Assert.Equal((NegotiationState.Expired, DisputeStage.Arbitration, version + 1), (dispute.NegotiationState, dispute.Stage, dispute.Version));
        Assert.Collection(
            dispute.DomainEvents,
            e => Assert.Equal(version + 1, Assert.IsType<NegotiationPeriodExpired>(e).Version),
            e => Assert.Equal(version + 1, Assert.IsType<MovedToArbitration>(e).Version));
        Assert.Equal(["NegotiationPeriodExpired", "MovedToArbitration"], dispute.Timeline.TakeLast(2).Select(t => t.Action));
    }

    [Fact]
    public void Negotiation_state_at_an_instant_reads_an_unrecorded_expiry()
    {
        var dispute = new DisputeBuilder().BuildAssigned();

        Assert.Equal(NegotiationState.Open, dispute.NegotiationStateAt(DisputeBuilder.Deadline.AddTicks(-1)));
        Assert.Equal(NegotiationState.Expired, dispute.NegotiationStateAt(DisputeBuilder.Deadline));
    }
}
