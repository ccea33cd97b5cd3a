using Platform.Assurance.Domain.Staffing;
using static Platform.Assurance.Tests.Staffing.StaffingFacts;

namespace Platform.Assurance.Tests.Staffing;

public sealed class HeadcountTests
{
    private static readonly DateTimeOffset s_at = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Member_who_joins_at_the_instant_counts()
    {
        Assert.Equal(1, StaffingAssessment.Of([Member(joined: s_at)], null, s_at).Headcount);
    }

    [Fact]
    public void Member_who_leaves_at_the_instant_does_not_count()
    {
        Assert.Equal(0, StaffingAssessment.Of([Member(left: s_at)], null, s_at).Headcount);
    }

    [Fact]
    public void Member_who_leaves_just_after_the_instant_still_counts()
    {
        Assert.Equal(1, StaffingAssessment.Of([Member(left: s_at.AddTicks(10))], null, s_at).Headcount);
    }

    [Fact]
    public void Member_who_joins_after_the_instant_does_not_count_yet()
    {
        Assert.Equal(0, StaffingAssessment.Of([Member(joined: s_at.AddTicks(10))], null, s_at).Headcount);
    }

    [Fact]
    public void Headcount_at_the_required_number_meets_it_and_one_fewer_is_short_by_one()
    {
        var met = StaffingAssessment.Of(Team(3), StaffingRequirement.Highest(Requires(headcount: 3), s_at), s_at);
        var shortBy = StaffingAssessment.Of(Team(2), StaffingRequirement.Highest(Requires(headcount: 3), s_at), s_at);

        Assert.Equal((StaffingStatusKind.Met, 0), (met.Status, met.HeadcountShortfall));
        Assert.Equal((StaffingStatusKind.Shortfall, 1), (shortBy.Status, shortBy.HeadcountShortfall));
    }

    [Fact]
    public void Without_an_agreement_in_force_nothing_is_required()
    {
        var assessment = StaffingAssessment.Of(Team(1), StaffingRequirement.Highest(Requires(), Signed.AddTicks(-10)), Signed.AddTicks(-10));

        Assert.Equal(StaffingStatusKind.NoActiveAgreement, assessment.Status);
    }
}
