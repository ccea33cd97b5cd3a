using Platform.Assurance.Domain.Funding;

namespace Platform.Assurance.Tests.Funding;

public sealed class FundingRequirementTests
{
    private static readonly DateTimeOffset s_signed = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_judged = new(2025, 12, 31, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid s_first = Guid.NewGuid();
    private static readonly Guid s_second = Guid.NewGuid();

    [Fact]
    public void Highest_percent_among_the_active_agreements_applies_and_names_its_agreement()
    {
        FundingTerms[] terms = [new(s_first, "CXQ-1", 1, s_signed, 2.5m), new(s_second, "CXQ-2", 1, s_signed, 3m)];

        var requirement = FundingRequirement.Highest(terms, s_judged);

        Assert.Equal(new FundingRequirement(3m, s_second, "CXQ-2"), requirement);
    }

    [Fact]
    public void An_amendment_in_force_replaces_the_earlier_version_of_the_same_agreement()
    {
        FundingTerms[] terms = [new(s_first, "CXQ-1", 1, s_signed, 5m), new(s_first, "CXQ-1", 2, s_signed.AddMonths(6), 2m), new(s_second, "CXQ-2", 1, s_signed, 3m)];

        var requirement = FundingRequirement.Highest(terms, s_judged);

        Assert.Equal(new FundingRequirement(3m, s_second, "CXQ-2"), requirement);
    }

    [Fact]
    public void Terms_not_yet_in_force_at_the_instant_judged_do_not_count()
    {
        FundingTerms[] terms = [new(s_first, "CXQ-1", 1, s_signed, 2.5m), new(s_second, "CXQ-2", 1, s_judged.AddTicks(10), 4m)];

        Assert.Equal(2.5m, FundingRequirement.Highest(terms, s_judged)!.MinPercentOfRevenue);
        Assert.Null(FundingRequirement.Highest(terms, s_signed.AddTicks(-10)));
    }

    [Fact]
    public void Equal_requirements_are_attributed_to_the_lowest_agreement_number()
    {
        FundingTerms[] terms = [new(s_second, "CXQ-2", 1, s_signed, 3m), new(s_first, "CXQ-1", 1, s_signed, 3m)];

        Assert.Equal("CXQ-1", FundingRequirement.Highest(terms, s_judged)!.AgreementNumber);
    }
}
