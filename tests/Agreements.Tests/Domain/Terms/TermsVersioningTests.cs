using Platform.Agreements.Domain;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain.Terms;

public sealed class TermsVersioningTests
{
    private static readonly DateTimeOffset s_now = AgreementBuilder.Now.AddDays(30);

    [Fact]
    public void Amendment_makes_the_next_version_in_force_from_its_effective_time()
    {
        var agreement = new AgreementBuilder().BuildActive();
        var from = s_now.AddDays(1);

        var version = agreement.AmendTerms(AgreementBuilder.CompleteTerms() with { TeamMinHeadcount = 30 }, from, "growth", agreement.Version, s_now);

        Assert.Equal(2, version.Number);
        Assert.Equal(from, version.EffectiveFrom);
        Assert.Equal("growth", version.Reason);
        var amended = Assert.IsType<TermsAmended>(Assert.Single(agreement.DomainEvents));
        Assert.Equal(2, amended.TermsVersion);
    }

    [Fact]
    public void The_version_in_force_changes_exactly_at_the_effective_time()
    {
        var agreement = new AgreementBuilder().BuildActive();
        var from = s_now.AddDays(1);
        agreement.AmendTerms(AgreementBuilder.CompleteTerms() with { TeamMinHeadcount = 30 }, from, "growth", agreement.Version, s_now);

        Assert.Equal(1, agreement.TermsAt(from.AddTicks(-1))!.Number);
        Assert.Equal(2, agreement.TermsAt(from)!.Number);
        Assert.Equal(30, agreement.TermsAt(from.AddYears(5))!.Terms.TeamMinHeadcount);
    }

    [Fact]
    public void No_terms_are_in_force_before_the_agreement_takes_effect()
    {
        var agreement = new AgreementBuilder().BuildActive();

        Assert.Null(agreement.TermsAt(agreement.EffectiveFrom.AddTicks(-1)));
        Assert.Equal(1, agreement.TermsAt(agreement.EffectiveFrom)!.Number);
    }

    [Fact]
    public void A_draft_has_no_terms_in_force()
    {
        Assert.Null(new AgreementBuilder().BuildDraft().TermsAt(s_now));
    }

    [Fact]
    public void Amendments_are_never_retroactive()
    {
        var agreement = new AgreementBuilder().BuildActive();

        var error = Assert.Throws<RuleViolationException>(
            () => agreement.AmendTerms(AgreementBuilder.CompleteTerms(), s_now.AddSeconds(-1), "backdated", agreement.Version, s_now));

        Assert.Equal("effective_from", error.Subject);
        Assert.Single(agreement.TermsVersions);
    }

    [Fact]
    public void An_amendment_may_take_effect_right_now()
    {
        var agreement = new AgreementBuilder().BuildActive();

        var version = agreement.AmendTerms(AgreementBuilder.CompleteTerms(), s_now, "immediately", agreement.Version, s_now);

        Assert.Equal(2, agreement.TermsAt(s_now)!.Number);
        Assert.Equal(s_now, version.EffectiveFrom);
    }

    [Fact]
    public void An_amendment_must_come_after_the_latest_version()
    {
        var agreement = new AgreementBuilder().BuildActive();
        agreement.AmendTerms(AgreementBuilder.CompleteTerms(), s_now.AddDays(10), "planned", agreement.Version, s_now);

        var error = Assert.Throws<RuleViolationException>(
            () => agreement.AmendTerms(AgreementBuilder.CompleteTerms(), s_now.AddDays(5), "in between", agreement.Version, s_now));

        Assert.Equal("effective_from", error.Subject);
    }

    [Fact]
    public void An_amendment_taking_effect_after_expiry_is_refused()
    {
        var agreement = new AgreementBuilder().BuildActive();

        var error = Assert.Throws<RuleViolationException>(
            () => agreement.AmendTerms(AgreementBuilder.CompleteTerms(), agreement.ExpiresAt, "too late", agreement.Version, s_now));

        Assert.Equal("effective_from", error.Subject);
    }

    [Fact]
    public void Amended_terms_must_be_complete()
    {
        var agreement = new AgreementBuilder().BuildActive();

        var error = Assert.Throws<RuleViolationException>(
            () => agreement.AmendTerms(AgreementBuilder.CompleteTerms() with { NegotiationMaxDays = null }, s_now, "x", agreement.Version, s_now));

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("terms.negotiation_max_days", error.Subject);
    }

    [Fact]
    public void Only_an_active_agreement_has_its_terms_amended()
    {
        var agreement = new AgreementBuilder().BuildSuspended();

        var error = Assert.Throws<RuleViolationException>(
            () => agreement.AmendTerms(AgreementBuilder.CompleteTerms(), s_now, "x", agreement.Version, s_now));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
    }
}
