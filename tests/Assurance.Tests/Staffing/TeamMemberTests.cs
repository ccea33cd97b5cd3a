using Platform.Assurance.Domain.Staffing;
using Platform.SharedKernel;
using static Platform.Assurance.Tests.Staffing.StaffingFacts;

namespace Platform.Assurance.Tests.Staffing;

public sealed class TeamMemberTests
{
    [Fact]
    public void Change_is_recorded_on_the_history_and_effective_now_when_the_joining_date_stays()
    {
        var member = Add();

        var effective = member.Change(Details(core: true, years: 6m), "promoted to lead", "hr", 1, Now.AddDays(1));

        Assert.Equal((Now.AddDays(1), 2L, true), (effective, member.Version, member.IsCore));
        Assert.Equal(["Added", "Changed"], member.History.Select(h => h.Action));
        Assert.Contains("promoted to lead", member.History[^1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Moving_the_joining_date_is_effective_from_the_earlier_date()
    {
        var member = Add();

        Assert.Equal(LongAgo.AddDays(-10), member.Change(Details(joined: LongAgo.AddDays(-10)), "joined earlier", Manager, 1, Now));
    }

    [Fact]
    public void Leaving_is_effective_at_its_date_even_in_the_future()
    {
        var member = Add();

        Assert.Equal(Now.AddDays(30), member.RecordLeaving(Now.AddDays(30), "notice given", Manager, 1, Now));
        Assert.Equal(Now.AddDays(30), member.LeftAt);
    }

    [Fact]
    public void Change_from_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var member = Add();
        member.RecordLeaving(Now, null, Manager, 1, Now);

        var error = Assert.Throws<RuleViolationException>(() => member.Change(Details(name: "Other"), "typo", Manager, 1, Now));

        Assert.Equal((RuleKind.ConcurrencyConflict, "Li Wei", 2L), (error.Kind, member.Name, member.Version));
    }

    [Fact]
    public void Second_leaving_is_refused()
    {
        var member = Add();
        member.RecordLeaving(Now, null, Manager, 1, Now);

        var error = Assert.Throws<RuleViolationException>(() => member.RecordLeaving(Now.AddDays(1), null, Manager, 2, Now));

        Assert.Equal((RuleKind.FailedPrecondition, "staffing.member_already_left"), (error.Kind, error.Code));
    }

    [Fact]
    public void Leaving_at_or_before_joining_is_invalid_naming_left_at()
    {
        var member = Add();

        var error = Assert.Throws<RuleViolationException>(() => member.RecordLeaving(LongAgo, null, Manager, 1, Now));

        Assert.Equal((RuleKind.InvalidArgument, "left_at"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Change_that_changes_nothing_is_refused()
    {
        var member = Add();

        var error = Assert.Throws<RuleViolationException>(() => member.Change(Details(), "nothing", Manager, 1, Now));

        Assert.Equal((RuleKind.FailedPrecondition, "staffing.member_unchanged"), (error.Kind, error.Code));
    }

    [Theory]
    [InlineData(-1, "industry_experience_years")]
    [InlineData(81, "industry_experience_years")]
    [InlineData(2.345, "industry_experience_years")]
    public void Experience_out_of_range_or_too_precise_is_invalid(double years, string field)
    {
        var error = Assert.Throws<RuleViolationException>(() => TeamMemberDetails.Of("Li Wei", "agent", false, (decimal)years, null, LongAgo, Now));

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
    }

    [Fact]
    public void Experience_as_of_a_future_date_is_invalid()
    {
        var error = Assert.Throws<RuleViolationException>(() => TeamMemberDetails.Of("Li Wei", "agent", false, 3m, Now.AddDays(1), LongAgo, Now));

        Assert.Equal("experience_as_of", error.Subject);
    }

    private static TeamMember Add() =>
        TeamMember.Add(Guid.NewGuid(), Promisor, new ClientRequest(Guid.NewGuid(), "fingerprint"), Details(), Manager, Now);
}
