using Platform.Assurance.Domain.Staffing;
using static Platform.Assurance.Tests.Staffing.StaffingFacts;

namespace Platform.Assurance.Tests.Staffing;

public sealed class ExperienceTests
{
    private static readonly DateTimeOffset s_asOf = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Experience_grows_a_year_every_365_and_a_quarter_days()
    {
        var experience = new IndustryExperience(4m, s_asOf);

        Assert.Equal(5m, experience.At(s_asOf.AddDays(365.25)));
        Assert.Equal(4.5m, experience.At(s_asOf.AddDays(365.25 / 2)));
    }

    [Fact]
    public void Experience_before_its_as_of_date_is_less_and_never_below_zero()
    {
        var experience = new IndustryExperience(1m, s_asOf);

        Assert.Equal(0.5m, experience.At(s_asOf.AddDays(-365.25 / 2)));
        Assert.Equal(0m, experience.At(s_asOf.AddYears(-3)));
    }

    [Fact]
    public void Core_member_meets_the_required_years_from_the_instant_they_are_reached_and_not_a_microsecond_before()
    {
        var experience = new IndustryExperience(4.5m, s_asOf);
        var reached = experience.Reaches(5m);

        Assert.Equal(s_asOf.AddDays(365.25 / 2), reached);
        Assert.True(experience.Meets(5m, reached));
        Assert.False(experience.Meets(5m, reached.AddTicks(-TimeSpan.TicksPerMicrosecond)));
    }

    [Fact]
    public void Core_member_below_the_required_years_is_named_and_the_team_is_short()
    {
        var junior = Member(core: true, years: 3m, asOf: Now, name: "Zhang Min");
        var senior = Member(core: true, years: 8m, asOf: Now, name: "Chen Jie");
        var team = new[] { junior, senior, Member() };

        var assessment = StaffingAssessment.Of(team, StaffingRequirement.Highest(Requires(headcount: 3, years: 5m), Now), Now);

        Assert.Equal(StaffingStatusKind.Shortfall, assessment.Status);
        Assert.Equal([(junior.Id, "Zhang Min", 3m)], assessment.BelowExperience.Select(c => (c.MemberId, c.Name, c.Years)));
        Assert.Equal(2, assessment.CoreMembers.Count);
    }

    [Fact]
    public void Non_core_members_need_no_experience()
    {
        var team = new[] { Member(years: 0m), Member(years: 0m), Member(years: 0m) };

        Assert.Equal(StaffingStatusKind.Met, StaffingAssessment.Of(team, StaffingRequirement.Highest(Requires(), Now), Now).Status);
    }
}
