using Platform.Assurance.Domain.Staffing;
using static Platform.Assurance.Tests.Staffing.StaffingFacts;

namespace Platform.Assurance.Tests.Staffing;

/// <summary>The team falls short and is restored once per transition, judged at each change's effective time.</summary>
public sealed class StaffingTransitionTests
{
    private static readonly IReadOnlyList<StaffingTerms> s_terms = Requires(headcount: 3);

    [Fact]
    public void Leaving_that_drops_the_team_below_the_headcount_raises_a_shortfall_at_the_leaving()
    {
        var team = Team(3);
        var state = Complete(team);
        var leftAt = Now.AddHours(-2);

        state.JudgeChange(Leaves(team, 0, leftAt), s_terms, leftAt, Now);

        var fell = Assert.IsType<TeamFellShort>(Assert.Single(state.DomainEvents));
        Assert.Equal((leftAt, 2, 3, 0), (fell.At, fell.Headcount, fell.RequiredHeadcount, fell.CoreMembersBelowExperience));
        Assert.True(state.IsShort);
    }

    [Fact]
    public void Second_change_while_short_raises_nothing_more()
    {
        var team = Team(3);
        var state = Complete(team);
        var shorter = Leaves(team, 0, Now.AddHours(-2));
        state.JudgeChange(shorter, s_terms, Now.AddHours(-2), Now);
        state.ClearDomainEvents();

        state.JudgeChange(Leaves(shorter, 1, Now.AddHours(-1)), s_terms, Now.AddHours(-1), Now);

        Assert.Empty(state.DomainEvents);
    }

    [Fact]
    public void Joining_that_restores_the_headcount_raises_a_restoration_once()
    {
        var team = Team(3);
        var state = Complete(team);
        var shorter = Leaves(team, 0, Now.AddHours(-2));
        state.JudgeChange(shorter, s_terms, Now.AddHours(-2), Now);
        state.ClearDomainEvents();
        var joinedAt = Now.AddHours(-1);
        IReadOnlyList<RosterMember> restored = [.. shorter, Member(joined: joinedAt)];

        state.JudgeChange(restored, s_terms, joinedAt, Now);
        state.JudgeChange([.. restored, Member(joined: Now)], s_terms, Now, Now);

        var met = Assert.IsType<TeamMetRequirement>(Assert.Single(state.DomainEvents));
        Assert.Equal((joinedAt, 3), (met.At, met.Headcount));
        Assert.False(state.IsShort);
    }

    [Fact]
    public void Building_up_a_team_raises_no_shortfall_per_addition_and_one_restoration_when_it_meets_the_requirement()
    {
        var state = StaffingState.Begin(Promisor, StaffingAssessment.Of([], StaffingRequirement.Highest(s_terms, Now), Now));
        var team = new List<RosterMember>();
        var raised = new List<Platform.SharedKernel.IDomainEvent>();

        for (var i = 0; i < 4; i++)
        {
            team.Add(Member(joined: Now));
            state.JudgeChange(team, s_terms, Now, Now);
            raised.AddRange(state.DomainEvents);
            state.ClearDomainEvents();
        }

        Assert.IsType<TeamMetRequirement>(Assert.Single(raised));
    }

    [Fact]
    public void Future_leaving_raises_nothing_now_and_the_shortfall_when_its_instant_comes()
    {
        var team = Team(3);
        var state = Complete(team);
        var leavesAt = Now.AddDays(30);
        var leaving = Leaves(team, 0, leavesAt);

        state.JudgeChange(leaving, s_terms, leavesAt, Now);
        var raisedAtChange = state.DomainEvents.Count;
        var nextReview = StaffingTimeline.NextAfter(leaving, s_terms, Now);
        state.Review(leaving, s_terms, leavesAt.AddSeconds(1));

        Assert.Equal((0, leavesAt), (raisedAtChange, nextReview));
        Assert.Equal(leavesAt, Assert.IsType<TeamFellShort>(Assert.Single(state.DomainEvents)).At);
    }

    [Fact]
    public void Core_member_reaching_the_required_years_restores_the_team_at_that_instant()
    {
        var lead = Member(core: true, years: 4.5m, asOf: Now);
        IReadOnlyList<RosterMember> team = [lead, .. Team(2)];
        var state = StaffingState.Begin(Promisor, StaffingAssessment.Of(team, StaffingRequirement.Highest(s_terms, Now), Now));
        var reached = lead.Experience.Reaches(5m);

        state.Review(team, s_terms, reached.AddDays(1));

        Assert.True(Assert.IsType<TeamMetRequirement>(Assert.Single(state.DomainEvents)).At == reached);
        Assert.Equal(reached, StaffingTimeline.NextAfter(team, s_terms, Now));
    }

    [Fact]
    public void Change_dated_before_the_latest_transition_is_judged_from_that_transition_so_none_is_contradicted()
    {
        var team = Team(3);
        var state = Complete(team);
        var leftAt = Now.AddHours(-2);
        var shorter = Leaves(team, 0, leftAt);
        state.JudgeChange(shorter, s_terms, leftAt, Now);
        state.ClearDomainEvents();

        state.JudgeChange([.. shorter, Member(joined: Now.AddHours(-5))], s_terms, Now.AddHours(-5), Now);

        Assert.Equal(leftAt, Assert.IsType<TeamMetRequirement>(Assert.Single(state.DomainEvents)).At);
    }

    [Fact]
    public void Change_that_keeps_the_team_complete_raises_nothing()
    {
        var team = Team(4);
        var state = Complete(team);

        state.JudgeChange(Leaves(team, 0, Now), s_terms, Now, Now);

        Assert.Empty(state.DomainEvents);
    }

    [Fact]
    public void Without_an_agreement_in_force_no_transition_is_raised()
    {
        var team = Team(3);
        var state = Complete(team);

        state.JudgeChange(Leaves(team, 0, Now), [], Now, Now);

        Assert.Empty(state.DomainEvents);
        Assert.False(state.IsShort);
    }

    [Fact]
    public void Agreement_requiring_more_people_taking_effect_raises_a_shortfall_at_its_effective_time_once()
    {
        var team = Team(3);
        var state = Complete(team);
        var activeFrom = Now.AddHours(-2);
        IReadOnlyList<StaffingTerms> withLarger = [.. s_terms, new StaffingTerms(Guid.NewGuid(), "CXQ-2026-000002", 1, activeFrom, 4, 5m)];

        state.JudgeChange(team, withLarger, activeFrom, Now);
        state.JudgeChange(team, withLarger, activeFrom, Now);

        var fell = Assert.IsType<TeamFellShort>(Assert.Single(state.DomainEvents));
        Assert.Equal((activeFrom, 3, 4), (fell.At, fell.Headcount, fell.RequiredHeadcount));
    }

    [Fact]
    public void Agreement_that_required_more_people_ending_restores_the_team_at_its_end()
    {
        var team = Team(3);
        var state = Complete(team);
        IReadOnlyList<StaffingTerms> withLarger = [.. s_terms, new StaffingTerms(Guid.NewGuid(), "CXQ-2026-000002", 1, Now.AddHours(-2), 4, 5m)];
        state.JudgeChange(team, withLarger, Now.AddHours(-2), Now);
        state.ClearDomainEvents();
        var endedAt = Now.AddHours(-1);

        state.JudgeChange(team, s_terms, endedAt, Now);

        var met = Assert.IsType<TeamMetRequirement>(Assert.Single(state.DomainEvents));
        Assert.Equal((endedAt, 3), (met.At, met.Headcount));
        Assert.False(state.IsShort);
    }

    private static StaffingState Complete(IReadOnlyList<RosterMember> team) =>
        StaffingState.Begin(Promisor, StaffingAssessment.Of(team, StaffingRequirement.Highest(s_terms, LongAgo), LongAgo));

    private static IReadOnlyList<RosterMember> Leaves(IReadOnlyList<RosterMember> team, int index, DateTimeOffset at) =>
        [.. team.Select((m, i) => i == index ? m with { LeftAt = at } : m)];
}
