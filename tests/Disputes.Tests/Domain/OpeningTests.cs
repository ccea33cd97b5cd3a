using Platform.Disputes.Domain;
using Platform.SharedKernel;

namespace Platform.Disputes.Tests.Domain;

public sealed class OpeningTests
{
    [Fact]
    public void Opened_case_is_open_in_negotiation_with_the_terms_in_force()
    {
        var dispute = new DisputeBuilder().Build();

        Assert.Equal((DisputeStage.Negotiation, DisputeStatus.Open, NegotiationState.Open), (dispute.Stage, dispute.Status, dispute.NegotiationState));
        Assert.Equal(DisputeBuilder.Terms(), dispute.Terms);
        Assert.Equal([DisputeBuilder.BreachId], dispute.BreachIds);
        Assert.Equal(1, dispute.Version);
        Assert.Null(dispute.AssignedOfficer);
        Assert.False(dispute.IsClosed);
    }

    [Fact]
    public void Opening_raises_the_opened_event_with_the_deadline()
    {
        var dispute = new DisputeBuilder().Build();

        var opened = Assert.IsType<DisputeOpened>(Assert.Single(dispute.DomainEvents));
        Assert.Equal((1L, DisputeBuilder.Clerk, DisputeBuilder.Deadline), (opened.Version, opened.Actor, opened.NegotiationDeadline));
    }

    [Fact]
    public void Same_request_again_is_accepted_as_a_retry()
    {
        var dispute = new DisputeBuilder().Build();

        dispute.EnsureOpenedBy(DisputeBuilder.Request with { });
    }

    [Fact]
    public void Request_id_reused_with_other_content_already_exists()
    {
        var dispute = new DisputeBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(() => dispute.EnsureOpenedBy(DisputeBuilder.Request with { Fingerprint = "other-content" }));

        Assert.Equal((RuleKind.AlreadyExists, "request_id"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Negotiation_period_of_zero_days_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => new DisputeBuilder().WithTerms(DisputeBuilder.Terms(0)).Build());

        Assert.Equal((RuleKind.InvalidArgument, "negotiation_max_days"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Case_with_more_claims_than_one_case_carries_is_refused()
    {
        var claims = Enumerable.Range(0, DisputeDetails.MaxClaims + 1).Select(i => Claim.Of($"Claim {i}", null, null)).ToList();

        var error = Assert.Throws<RuleViolationException>(() => DisputeDetails.Of(Customer(), Promisor(), "Subject", claims));

        Assert.Equal((RuleKind.InvalidArgument, "claims"), (error.Kind, error.Subject));
    }

    [Theory]
    [InlineData("breach_ids")]
    [InlineData("complaint_ids")]
    public void Case_resting_on_more_links_than_allowed_is_refused_and_duplicates_do_not_count(string field)
    {
        var many = Enumerable.Range(0, DisputeDetails.MaxLinks + 1).Select(_ => Guid.NewGuid()).ToList();
        var repeated = Enumerable.Repeat(Guid.NewGuid(), DisputeDetails.MaxLinks + 1).ToList();
        var claims = new[] { Claim.Of("Credit", null, null) };

        var error = Assert.Throws<RuleViolationException>(() => field == "breach_ids"
            ? DisputeDetails.Of(Customer(), Promisor(), "Subject", claims, breachIds: many)
            : DisputeDetails.Of(Customer(), Promisor(), "Subject", claims, complaintIds: many));
        var deduplicated = DisputeDetails.Of(Customer(), Promisor(), "Subject", claims, repeated, repeated);

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
        Assert.Single(deduplicated.BreachIds);
    }

    [Fact]
    public void Case_without_claims_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => DisputeDetails.Of(Customer(), Promisor(), "Subject", []));

        Assert.Equal("claims", error.Subject);
    }

    [Fact]
    public void Claimant_and_respondent_on_the_same_side_are_refused()
    {
        var error = Assert.Throws<RuleViolationException>(
            () => DisputeDetails.Of(Customer(), new Party("Someone else", PartyRole.Customer), "Subject", [Claim.Of("Credit", null, null)]));

        Assert.Equal("respondent.role", error.Subject);
    }

    [Theory]
    [InlineData("120.5", null, "claims.currency")]
    [InlineData("120.5", "EURO", "claims.currency")]
    [InlineData("0", "EUR", "claims.amount")]
    [InlineData(null, "EUR", "claims.amount")]
    public void Claim_amount_needs_a_positive_value_and_an_iso_currency(string? amount, string? currency, string field)
    {
        var value = amount is null ? (decimal?)null : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<RuleViolationException>(() => Claim.Of("Credit", value, currency));

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
    }

    [Fact]
    public void Claim_currency_is_kept_in_upper_case()
    {
        Assert.Equal(new Claim("Credit", 12m, "EUR"), Claim.Of(" Credit ", 12m, "eur"));
    }

    [Fact]
    public void Claim_may_have_no_amount()
    {
        Assert.Equal(new Claim("An apology", null, null), Claim.Of("An apology", null, " "));
    }

    private static Party Customer() => new("Erika Mustermann", PartyRole.Customer);

    private static Party Promisor() => new("Acme Utilities GmbH", PartyRole.Promisor);
}
