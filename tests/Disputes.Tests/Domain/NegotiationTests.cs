using Platform.Disputes.Domain;
using Platform.SharedKernel;

namespace Platform.Disputes.Tests.Domain;

public sealed class NegotiationTests
{
    private const string Officer = DisputeBuilder.Officer;
    private static readonly DateTimeOffset s_at = DisputeBuilder.Now.AddDays(2);

    [Fact]
    public void Written_submission_is_kept_with_its_author_time_and_reference()
    {
        var dispute = new DisputeBuilder().BuildAssigned();

        dispute.AddSubmission(Officer, SubmissionKind.SettlementProposal, "Acme Utilities GmbH", "DOC-7", null, dispute.Version, s_at);

        var submission = Assert.Single(dispute.Submissions);
        Assert.Equal(new Submission(1, SubmissionKind.SettlementProposal, "Acme Utilities GmbH", s_at, "DOC-7", null, Officer), submission);
        Assert.Equal(1, Assert.IsType<SubmissionAdded>(Assert.Single(dispute.DomainEvents)).Sequence);
    }

    [Fact]
    public void Submission_needs_a_document_reference_or_its_text()
    {
        var dispute = new DisputeBuilder().BuildAssigned();

        var error = Assert.Throws<RuleViolationException>(() => dispute.AddSubmission(Officer, SubmissionKind.Letter, "Erika Mustermann", " ", null, dispute.Version, s_at));

        Assert.Equal((RuleKind.InvalidArgument, "document_reference"), (error.Kind, error.Subject));
        Assert.Empty(dispute.Submissions);
    }

    [Fact]
    public void Submission_of_an_unknown_kind_is_refused_as_only_written_kinds_count()
    {
        var dispute = new DisputeBuilder().BuildAssigned();

        var error = Assert.Throws<RuleViolationException>(() => dispute.AddSubmission(Officer, (SubmissionKind)0, "Erika Mustermann", null, "Said on the phone.", dispute.Version, s_at));

        Assert.Equal("kind", error.Subject);
    }

    [Fact]
    public void Settlement_closes_the_case_as_settled_with_its_terms()
    {
        var dispute = new DisputeBuilder().BuildAssigned();

        dispute.RecordSettlement(Officer, "EUR 100 credited by 2027-01-31.", dispute.Version, s_at);

        Assert.Equal((DisputeStatus.Settled, NegotiationState.Settled, s_at), (dispute.Status, dispute.NegotiationState, dispute.ClosedAt));
        Assert.Equal("EUR 100 credited by 2027-01-31.", dispute.SettlementTerms);
        var settled = Assert.IsType<SettlementRecorded>(Assert.Single(dispute.DomainEvents));
        Assert.Equal(DisputeStatus.Settled, settled.Outcome);
    }

    [Fact]
    public void Declared_failure_keeps_the_case_in_negotiation_until_an_officer_advances_it()
    {
        var dispute = new DisputeBuilder().BuildAssigned();

        dispute.DeclareNegotiationFailed(Officer, "The promisor refuses any credit.", dispute.Version, s_at);

        Assert.Equal((DisputeStage.Negotiation, NegotiationState.Failed, DisputeStatus.Open), (dispute.Stage, dispute.NegotiationState, dispute.Status));
        Assert.IsType<NegotiationFailed>(Assert.Single(dispute.DomainEvents));
    }

    [Fact]
    public void Officer_assignment_is_recorded_and_can_change_hands()
    {
        var dispute = new DisputeBuilder().BuildAssigned();

        dispute.AssignOfficer(DisputeBuilder.Clerk, "officer-2", dispute.Version, s_at);

        Assert.Equal("officer-2", dispute.AssignedOfficer);
        Assert.Equal("officer-1 → officer-2", dispute.Timeline[^1].Detail);
    }

    [Fact]
    public void Assigning_the_officer_already_assigned_is_refused()
    {
        var dispute = new DisputeBuilder().BuildAssigned();

        var error = Assert.Throws<RuleViolationException>(() => dispute.AssignOfficer(DisputeBuilder.Clerk, Officer, dispute.Version, s_at));

        Assert.Equal("dispute.officer_already_assigned", error.Code);
    }

    [Fact]
    public void Withdrawal_closes_the_case_with_its_reason()
    {
        var dispute = new DisputeBuilder().BuildInArbitration();

        dispute.Withdraw(DisputeBuilder.Clerk, "Paid in the meantime.", dispute.Version, s_at);

        Assert.Equal((DisputeStatus.Withdrawn, DisputeStage.Arbitration), (dispute.Status, dispute.Stage));
        Assert.Equal(("Withdrawn", "Paid in the meantime."), (dispute.Timeline[^1].Action, dispute.Timeline[^1].Detail));
        Assert.Equal(DisputeStatus.Withdrawn, Assert.IsType<DisputeWithdrawn>(Assert.Single(dispute.DomainEvents)).Outcome);
    }
}
