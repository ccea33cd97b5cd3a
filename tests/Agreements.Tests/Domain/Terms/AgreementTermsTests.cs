using Platform.Agreements.Domain.Terms;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain.Terms;

public sealed class AgreementTermsTests
{
    public static TheoryData<AgreementTerms, string> OutOfRange => new()
    {
        { new AgreementTerms { FirstResponseWithin = TimeSpan.FromHours(-1) }, "terms.first_response_within" },
        { new AgreementTerms { SolutionOrUpdateWithin = TimeSpan.Zero }, "terms.solution_or_update_within" },
        { new AgreementTerms { MajorInterruptionThreshold = TimeSpan.FromSeconds(-5) }, "terms.major_interruption_threshold" },
        { new AgreementTerms { ResolutionRateTarget = 100.01m }, "terms.resolution_rate_target" },
        { new AgreementTerms { MajorResolutionRateTarget = -0.5m }, "terms.major_resolution_rate_target" },
        { new AgreementTerms { FundingMinPercentOfRevenue = 101m }, "terms.funding_min_percent_of_revenue" },
        { new AgreementTerms { RectificationPeriodMonths = 0 }, "terms.rectification_period_months" },
        { new AgreementTerms { TeamMinHeadcount = -3 }, "terms.team_min_headcount" },
        { new AgreementTerms { NegotiationMaxDays = 0 }, "terms.negotiation_max_days" },
        { new AgreementTerms { CoreMemberMinExperienceYears = -1m }, "terms.core_member_min_experience_years" },
        { new AgreementTerms { SatisfactionFloor = new SatisfactionFloor(101m, 0m, 100m) }, "terms.satisfaction_floor.score" },
        { new AgreementTerms { SatisfactionFloor = new SatisfactionFloor(3m, 5m, 5m) }, "terms.satisfaction_floor.scale_max" },
        { new AgreementTerms { ArbitrationCommission = "  " }, "terms.arbitration_commission" },
        { new AgreementTerms { RequiredCapabilities = ["analytics", ""] }, "terms.required_capabilities[1]" },
        { new AgreementTerms { RequiredCapabilities = ["Analytics", "analytics"] }, "terms.required_capabilities" },
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Value_out_of_range_is_INVALID_ARGUMENT_naming_the_term(AgreementTerms terms, string field)
    {
        var error = Assert.Throws<RuleViolationException>(terms.Validated);

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal(field, error.Subject);
    }

    [Fact]
    public void Values_at_the_edges_of_their_ranges_are_accepted()
    {
        var terms = AgreementBuilder.CompleteTerms() with
        {
            ResolutionRateTarget = 100m,
            MajorResolutionRateTarget = 0m,
            SatisfactionFloor = new SatisfactionFloor(5m, 1m, 5m),
            FirstResponseWithin = TimeSpan.FromSeconds(1),
            RectificationPeriodMonths = 1,
        };

        Assert.Same(terms, terms.Validated());
        Assert.Null(terms.FirstMissing());
    }

    [Fact]
    public void A_draft_may_leave_terms_empty()
    {
        var empty = new AgreementTerms();

        Assert.Same(empty, empty.Validated());
        Assert.Equal("terms.first_response_within", empty.FirstMissing());
    }

    [Fact]
    public void Required_capabilities_may_be_empty_when_everything_else_is_filled_in()
    {
        Assert.Null((AgreementBuilder.CompleteTerms() with { RequiredCapabilities = [] }).FirstMissing());
    }
}
