using Platform.Assurance.Domain.Funding;
using static Platform.Assurance.Tests.Funding.FundingFacts;

namespace Platform.Assurance.Tests.Funding;

public sealed class FundingYearEndTests
{
    [Fact]
    public void Year_ends_on_the_first_of_January_of_the_next_year_at_midnight_UTC()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), FundingYear.EndOf(2025));
        Assert.Equal(2025, FundingYear.Of(FundingYear.LastInstantOf(2025)));
    }

    [Fact]
    public void First_shortfall_of_a_year_is_reported_once()
    {
        var yearEnd = FundingYearEnd.Of(Promisor, Year);
        var shortfall = FundingAssessment.Of(Year, Cny(1_000_000m), [Allocation(10_000m)], Requires(2.5m));

        var first = yearEnd.Record(shortfall, Now);
        var again = yearEnd.Record(shortfall with { PercentOfRevenue = 0.5m }, Now.AddDays(1));

        Assert.Equal((true, false), (first, again));
        Assert.Equal((1m, 2.5m, Now), (yearEnd.ReportedPercentOfRevenue, yearEnd.ReportedRequiredPercent, yearEnd.ShortfallReportedAt));
    }

    [Theory]
    [InlineData(FundingStatusKind.Met)]
    [InlineData(FundingStatusKind.NoRevenueDeclared)]
    [InlineData(FundingStatusKind.NoActiveAgreement)]
    public void Year_that_is_not_short_reports_nothing(FundingStatusKind status)
    {
        var yearEnd = FundingYearEnd.Of(Promisor, Year);
        var assessment = FundingAssessment.Of(Year, Cny(1_000_000m), [Allocation(25_000m)], Requires(2.5m)) with { Status = status };

        Assert.False(yearEnd.Record(assessment, Now));
        Assert.Null(yearEnd.ShortfallReportedAt);
    }

    [Fact]
    public void Shortfall_found_after_a_first_assessment_without_revenue_is_still_reported()
    {
        var yearEnd = FundingYearEnd.Of(Promisor, Year);
        yearEnd.Record(FundingAssessment.Of(Year, null, [Allocation(10_000m)], Requires(2.5m)), Now);

        Assert.True(yearEnd.Record(FundingAssessment.Of(Year, Cny(1_000_000m), [Allocation(10_000m)], Requires(2.5m)), Now.AddMinutes(1)));
    }
}
