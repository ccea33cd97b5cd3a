using Platform.Agreements.Domain;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain;

public sealed class AgreementTransitionTests
{
    private static readonly DateTimeOffset s_later = AgreementBuilder.Now.AddDays(10);

    [Fact]
    public void Draft_with_a_missing_term_cannot_be_signed_and_the_term_is_named()
    {
        var agreement = new AgreementBuilder().WithTerms(AgreementBuilder.CompleteTerms() with { LitigationVenue = null }).BuildDraft();

        var error = Assert.Throws<RuleViolationException>(() => agreement.Sign("Jane Signer", agreement.Version, AgreementBuilder.Now));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("terms.litigation_venue", error.Subject);
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
    }

    [Fact]
    public void Signing_makes_the_draft_terms_version_one_from_the_effective_time()
    {
        var agreement = new AgreementBuilder().EffectiveFrom(AgreementBuilder.Now.AddDays(-5)).BuildDraft();

        agreement.Sign("Jane Signer", agreement.Version, AgreementBuilder.Now);

        var version = Assert.Single(agreement.TermsVersions);
        Assert.Equal(1, version.Number);
        Assert.Equal(AgreementBuilder.Now.AddDays(-5), version.EffectiveFrom);
        Assert.Equal(agreement.DraftTerms, version.Terms);
    }

    [Fact]
    public void Updating_a_draft_replaces_its_content_and_bumps_the_version()
    {
        var agreement = new AgreementBuilder().BuildDraft();
        var details = new AgreementBuilder().WithCustomerName("Initech").BuildDetails();

        agreement.UpdateDraft(details, agreement.Version);

        Assert.Equal("Initech", agreement.Customer.Name);
        Assert.Equal(2, agreement.Version);
    }

    [Fact]
    public void A_signed_agreement_is_no_longer_a_draft_to_update()
    {
        var agreement = new AgreementBuilder().BuildActive();

        var error = Assert.Throws<RuleViolationException>(() => agreement.UpdateDraft(new AgreementBuilder().BuildDetails(), agreement.Version));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
    }

    [Fact]
    public void Suspending_an_active_agreement_keeps_the_reason_and_raises_AgreementSuspended()
    {
        var agreement = new AgreementBuilder().BuildActive();

        agreement.Suspend("unpaid invoices", agreement.Version, s_later);

        Assert.Equal(AgreementStatus.Suspended, agreement.Status);
        Assert.Equal("unpaid invoices", agreement.StatusReason);
        Assert.IsType<AgreementSuspended>(Assert.Single(agreement.DomainEvents));
    }

    [Fact]
    public void Suspending_without_a_reason_names_the_reason()
    {
        var agreement = new AgreementBuilder().BuildActive();

        var error = Assert.Throws<RuleViolationException>(() => agreement.Suspend(" ", agreement.Version, s_later));

        Assert.Equal("reason", error.Subject);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("suspended")]
    public void Only_an_active_agreement_can_be_suspended(string state)
    {
        var agreement = state == "draft" ? new AgreementBuilder().BuildDraft() : new AgreementBuilder().BuildSuspended();

        var error = Assert.Throws<RuleViolationException>(() => agreement.Suspend("again", agreement.Version, s_later));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("agreement.not_active", error.Code);
    }

    [Fact]
    public void Resuming_a_suspended_agreement_makes_it_active_again()
    {
        var agreement = new AgreementBuilder().BuildSuspended();

        agreement.Resume(agreement.Version, s_later);

        Assert.Equal(AgreementStatus.Active, agreement.Status);
        Assert.Null(agreement.StatusReason);
        Assert.IsType<AgreementResumed>(Assert.Single(agreement.DomainEvents));
    }

    [Fact]
    public void An_active_agreement_cannot_be_resumed()
    {
        var agreement = new AgreementBuilder().BuildActive();

        var error = Assert.Throws<RuleViolationException>(() => agreement.Resume(agreement.Version, s_later));

        Assert.Equal("agreement.not_suspended", error.Code);
    }

    [Theory]
    [InlineData("active")]
    [InlineData("suspended")]
    public void Active_or_suspended_agreement_can_be_terminated(string state)
    {
        var agreement = state == "active" ? new AgreementBuilder().BuildActive() : new AgreementBuilder().BuildSuspended();

        agreement.Terminate("customer left", agreement.Version, s_later);

        Assert.Equal(AgreementStatus.Terminated, agreement.Status);
        Assert.IsType<AgreementTerminated>(Assert.Single(agreement.DomainEvents));
    }

    [Fact]
    public void A_terminated_agreement_stays_terminated()
    {
        var agreement = new AgreementBuilder().BuildActive();
        agreement.Terminate("customer left", agreement.Version, s_later);

        Assert.Throws<RuleViolationException>(() => agreement.Resume(agreement.Version, s_later));
        Assert.Throws<RuleViolationException>(() => agreement.Suspend("x", agreement.Version, s_later));
        Assert.False(agreement.Expire(agreement.ExpiresAt.AddDays(1)));
    }

    [Fact]
    public void A_draft_cannot_be_terminated()
    {
        var agreement = new AgreementBuilder().BuildDraft();

        var error = Assert.Throws<RuleViolationException>(() => agreement.Terminate("never signed", agreement.Version, s_later));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
    }

    [Fact]
    public void A_suspended_agreement_still_expires_at_its_expiry_time()
    {
        var agreement = new AgreementBuilder().BuildSuspended();

        Assert.True(agreement.Expire(agreement.ExpiresAt));
        Assert.Equal(AgreementStatus.Expired, agreement.Status);
    }

    [Fact]
    public void Every_change_with_a_stale_version_is_refused()
    {
        var agreement = new AgreementBuilder().BuildActive();
        var stale = agreement.Version - 1;

        Assert.Equal(RuleKind.ConcurrencyConflict, Assert.Throws<RuleViolationException>(() => agreement.Suspend("x", stale, s_later)).Kind);
        Assert.Equal(RuleKind.ConcurrencyConflict, Assert.Throws<RuleViolationException>(() => agreement.Terminate("x", stale, s_later)).Kind);
        Assert.Equal(RuleKind.ConcurrencyConflict, Assert.Throws<RuleViolationException>(
            () => agreement.AmendTerms(AgreementBuilder.CompleteTerms(), s_later, "x", stale, s_later)).Kind);
    }

    [Fact]
    public void Each_change_raises_an_event_with_the_new_version()
    {
        var agreement = new AgreementBuilder().BuildDraft();

        agreement.Sign("Jane Signer", 1, AgreementBuilder.Now);
        agreement.Suspend("x", 2, s_later);
        agreement.Resume(3, s_later);
        agreement.AmendTerms(AgreementBuilder.CompleteTerms() with { TeamMinHeadcount = 25 }, s_later, "bigger team", 4, s_later);
        agreement.Terminate("done", 5, s_later);

        Assert.Equal([2L, 3L, 4L, 5L, 6L], agreement.DomainEvents.Select(Version));
    }

    private static long Version(IDomainEvent domainEvent) => domainEvent switch
    {
        AgreementSigned e => e.Version,
        AgreementSuspended e => e.Version,
        AgreementResumed e => e.Version,
        TermsAmended e => e.Version,
        AgreementTerminated e => e.Version,
        _ => -1,
    };
}
