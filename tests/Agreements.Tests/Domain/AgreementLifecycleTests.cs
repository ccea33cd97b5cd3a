using Platform.Agreements.Domain;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain;

public sealed class AgreementLifecycleTests
{
    [Fact]
    public void New_agreement_is_a_draft_at_version_one()
    {
        var agreement = new AgreementBuilder().BuildDraft();

        Assert.Equal(AgreementStatus.Draft, agreement.Status);
        Assert.Equal(1, agreement.Version);
        Assert.Empty(agreement.DomainEvents);
    }

    [Theory]
    [InlineData("", "ACME", "promisor.organization_id")]
    [InlineData("org-1", " ", "promisor.name")]
    public void Draft_without_a_promisor_field_names_that_field(string organizationId, string name, string field)
    {
        var error = Assert.Throws<RuleViolationException>(() => new AgreementBuilder().WithPromisor(organizationId, name).BuildDraft());

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal(field, error.Subject);
    }

    [Fact]
    public void Draft_with_an_overlong_customer_name_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => new AgreementBuilder().WithCustomerName(new string('x', 301)).BuildDraft());

        Assert.Equal("customer.name", error.Subject);
    }

    [Fact]
    public void Draft_expiring_before_it_takes_effect_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => new AgreementBuilder().ExpiringAt(AgreementBuilder.Now.AddDays(-1)).BuildDraft());

        Assert.Equal("expires_at", error.Subject);
    }

    [Fact]
    public void Retried_create_request_is_recognised_as_the_same()
    {
        var agreement = new AgreementBuilder().BuildDraft();

        agreement.EnsureCreatedBy(AgreementBuilder.Request);
    }

    [Fact]
    public void Request_id_reused_for_different_content_is_ALREADY_EXISTS()
    {
        var agreement = new AgreementBuilder().BuildDraft();

        var error = Assert.Throws<RuleViolationException>(() => agreement.EnsureCreatedBy(AgreementBuilder.Request with { Fingerprint = "other content" }));

        Assert.Equal(RuleKind.AlreadyExists, error.Kind);
        Assert.Equal("request_id", error.Subject);
    }

    [Fact]
    public void Signing_a_draft_activates_it_and_raises_AgreementSigned()
    {
        var agreement = new AgreementBuilder().BuildDraft();

        agreement.Sign("Jane Signer", expectedVersion: 1, AgreementBuilder.Now);

        Assert.Equal(AgreementStatus.Active, agreement.Status);
        Assert.Equal("Jane Signer", agreement.SignedBy);
        Assert.Equal(AgreementBuilder.Now, agreement.SignedAt);
        var signed = Assert.IsType<AgreementSigned>(Assert.Single(agreement.DomainEvents));
        Assert.Equal(2, signed.Version);
    }

    [Fact]
    public void Signing_an_active_agreement_is_a_failed_precondition()
    {
        var agreement = new AgreementBuilder().BuildActive();

        var error = Assert.Throws<RuleViolationException>(() => agreement.Sign("Someone Else", agreement.Version, AgreementBuilder.Now));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("agreement.not_draft", error.Code);
    }

    [Fact]
    public void Signing_with_a_stale_version_is_a_concurrency_conflict()
    {
        var agreement = new AgreementBuilder().BuildDraft();

        var error = Assert.Throws<RuleViolationException>(() => agreement.Sign("Jane Signer", expectedVersion: 7, AgreementBuilder.Now));

        Assert.Equal(RuleKind.ConcurrencyConflict, error.Kind);
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
    }

    [Fact]
    public void Signing_without_a_signatory_names_signed_by()
    {
        var agreement = new AgreementBuilder().BuildDraft();

        var error = Assert.Throws<RuleViolationException>(() => agreement.Sign(" ", agreement.Version, AgreementBuilder.Now));

        Assert.Equal("signed_by", error.Subject);
    }

    [Fact]
    public void A_draft_past_its_expiry_cannot_be_signed()
    {
        var agreement = new AgreementBuilder().ExpiringAt(AgreementBuilder.Now.AddDays(30)).BuildDraft();

        var error = Assert.Throws<RuleViolationException>(() => agreement.Sign("Jane Signer", agreement.Version, AgreementBuilder.Now.AddDays(31)));

        Assert.Equal("agreement.expired_before_signing", error.Code);
    }

    [Fact]
    public void Active_agreement_expires_when_its_expiry_time_has_passed()
    {
        var agreement = new AgreementBuilder().BuildActive();

        var expired = agreement.Expire(agreement.ExpiresAt);

        Assert.True(expired);
        Assert.Equal(AgreementStatus.Expired, agreement.Status);
        Assert.IsType<AgreementLapsed>(Assert.Single(agreement.DomainEvents));
    }

    [Fact]
    public void Expiry_before_the_expiry_time_changes_nothing()
    {
        var agreement = new AgreementBuilder().BuildActive();

        var expired = agreement.Expire(agreement.ExpiresAt.AddSeconds(-1));

        Assert.False(expired);
        Assert.Equal(AgreementStatus.Active, agreement.Status);
        Assert.Empty(agreement.DomainEvents);
    }

    [Fact]
    public void A_draft_never_expires_into_force()
    {
        var agreement = new AgreementBuilder().BuildDraft();

        Assert.False(agreement.Expire(agreement.ExpiresAt.AddDays(1)));
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
    }

    [Theory]
    [InlineData(2026, 123, "CXQ-2026-000123")]
    [InlineData(2027, 1234567, "CXQ-2027-1234567")]
    public void Commitment_number_has_the_documented_format(int year, long sequence, string expected)
    {
        Assert.Equal(expected, AgreementNumber.Format(year, sequence));
    }
}
