using Platform.Assurance.Domain.Staffing;
using static Platform.Assurance.Tests.Staffing.StaffingFacts;

namespace Platform.Assurance.Tests.Staffing;

public sealed class StaffingRequirementTests
{
    [Fact]
    public void Highest_headcount_and_highest_experience_apply_each_naming_the_agreement_that_sets_it()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        StaffingTerms[] terms = [new(first, "CXQ-1", 1, Signed, 20, 3m), new(second, "CXQ-2", 1, Signed, 10, 5m)];

        var requirement = StaffingRequirement.Highest(terms, Now);

        Assert.Equal(new StaffingRequirement(20, first, "CXQ-1", 5m, second, "CXQ-2"), requirement);
    }

    [Fact]
    public void An_amendment_in_force_replaces_the_earlier_version_of_the_same_agreement()
    {
        var agreement = Guid.NewGuid();
        StaffingTerms[] terms = [new(agreement, "CXQ-1", 1, Signed, 20, 5m), new(agreement, "CXQ-1", 2, Signed.AddYears(1), 12, 4m)];

        var requirement = StaffingRequirement.Highest(terms, Now);

        Assert.Equal((12, 4m), (requirement!.MinHeadcount, requirement.CoreMemberMinExperienceYears));
        Assert.Equal(20, StaffingRequirement.Highest(terms, Signed.AddMonths(1))!.MinHeadcount);
    }
}
