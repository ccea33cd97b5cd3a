using Platform.Assurance.Domain.Funding;
using static Platform.Assurance.Tests.Funding.FundingFacts;

namespace Platform.Assurance.Tests.Funding;

public sealed class FundingAssessmentTests
{
    [Fact]
    public void Fund_exactly_at_the_required_percent_of_revenue_is_met()
    {
        var assessment = FundingAssessment.Of(Year, Cny(1_000_000m), [Allocation(25_000m)], Requires(2.5m));

        Assert.Equal((FundingStatusKind.Met, 2.5m), (assessment.Status, assessment.PercentOfRevenue));
    }

    [Fact]
    public void Fund_a_cent_below_the_required_percent_is_short_and_its_percent_is_cut_not_rounded_up_to_the_target()
    {
        var assessment = FundingAssessment.Of(Year, Cny(1_000_000m), [Allocation(24_999.99m)], Requires(2.5m));

        Assert.Equal((FundingStatusKind.Shortfall, 2.4999m), (assessment.Status, assessment.PercentOfRevenue));
    }

    [Fact]
    public void Fund_is_what_was_allocated_spending_is_reported_by_purpose_but_does_not_count()
    {
        var entries = new[]
        {
            Allocation(10_000m),
            Spending(30_000m, FundingPurpose.CustomerCare),
            Spending(5_000m, FundingPurpose.TechnologyUpgrade),
        };

        var assessment = FundingAssessment.Of(Year, Cny(1_000_000m), entries, Requires(2.5m));

        Assert.Equal((FundingStatusKind.Shortfall, 10_000m, 1m, 35_000m), (assessment.Status, assessment.Allocated, assessment.PercentOfRevenue, assessment.Spent));
        Assert.Equal(
            [(FundingPurpose.ServiceOptimisation, 0m), (FundingPurpose.TechnologyUpgrade, 5_000m), (FundingPurpose.CustomerCare, 30_000m)],
            assessment.SpentByPurpose.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Allocations_add_up_across_entries_and_purposes()
    {
        var entries = new[] { Allocation(15_000m), Allocation(10_000m, purpose: FundingPurpose.CustomerCare) };

        var assessment = FundingAssessment.Of(Year, Cny(1_000_000m), entries, Requires(2.5m));

        Assert.Equal((FundingStatusKind.Met, 25_000m), (assessment.Status, assessment.Allocated));
    }

    [Fact]
    public void Entries_in_another_currency_are_reported_apart_and_not_counted()
    {
        var entries = new[] { Allocation(20_000m), Allocation(9_000m, "EUR"), Spending(1_000m, FundingPurpose.CustomerCare, "EUR"), Allocation(5m, "USD") };

        var assessment = FundingAssessment.Of(Year, Cny(1_000_000m), entries, Requires(2.5m));

        Assert.Equal((FundingStatusKind.Shortfall, 20_000m, 2m), (assessment.Status, assessment.Allocated, assessment.PercentOfRevenue));
        Assert.Equal([new UncountedAmounts("EUR", 9_000m, 1_000m), new UncountedAmounts("USD", 5m, 0m)], assessment.Uncounted);
    }

    [Fact]
    public void Amending_the_revenue_changes_the_percent_of_revenue()
    {
        var revenue = Revenue(1_000_000m);
        revenue.Amend(Cny(800_000m), "audited figure", Officer, revenue.Version, Now);

        var assessment = FundingAssessment.Of(Year, revenue.Revenue, [Allocation(25_000m)], Requires(2.5m));

        Assert.Equal(3.125m, assessment.PercentOfRevenue);
    }

    [Fact]
    public void Amending_the_revenue_to_another_currency_changes_which_entries_count()
    {
        var revenue = Revenue(1_000_000m);
        var entries = new[] { Allocation(25_000m), Allocation(2_000m, "EUR") };
        revenue.Amend(new FundMoney(130_000m, "EUR"), "declared in the wrong currency", Officer, revenue.Version, Now);

        var assessment = FundingAssessment.Of(Year, revenue.Revenue, entries, Requires(2.5m));

        Assert.Equal((FundingStatusKind.Shortfall, 2_000m), (assessment.Status, assessment.Allocated));
        Assert.Equal([new UncountedAmounts("CNY", 25_000m, 0m)], assessment.Uncounted);
    }

    [Fact]
    public void Without_declared_revenue_the_fund_is_not_judged_and_every_entry_is_reported_apart()
    {
        var assessment = FundingAssessment.Of(Year, null, [Allocation(25_000m)], Requires(2.5m));

        Assert.Equal((FundingStatusKind.NoRevenueDeclared, (decimal?)null), (assessment.Status, assessment.PercentOfRevenue));
        Assert.Equal([new UncountedAmounts("CNY", 25_000m, 0m)], assessment.Uncounted);
    }

    [Fact]
    public void Without_an_active_agreement_nothing_is_required()
    {
        var assessment = FundingAssessment.Of(Year, Cny(1_000_000m), [], null);

        Assert.Equal((FundingStatusKind.NoActiveAgreement, 0m), (assessment.Status, assessment.PercentOfRevenue));
    }

    [Fact]
    public void Entries_of_another_year_do_not_count()
    {
        var assessment = FundingAssessment.Of(Year, Cny(1_000_000m), [Allocation(25_000m, bookedAt: new DateTimeOffset(2024, 12, 31, 23, 0, 0, TimeSpan.Zero))], Requires(2.5m));

        Assert.Equal((FundingStatusKind.Shortfall, 0m), (assessment.Status, assessment.Allocated));
    }
}
