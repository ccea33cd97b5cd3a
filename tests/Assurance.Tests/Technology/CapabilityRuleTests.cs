using Platform.Assurance.Domain.Technology;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Technology;

public sealed class CapabilityRuleTests
{
    private const string Admin = CapabilityBuilder.Admin;
    private static readonly DateTimeOffset s_now = CapabilityBuilder.Now;

    [Fact]
    public void Capability_entering_service_in_the_future_is_refused_naming_since()
    {
        var error = Assert.Throws<RuleViolationException>(() => new CapabilityBuilder().InServiceSince(s_now.AddTicks(1)).Build());

        Assert.Equal((RuleKind.InvalidArgument, "since"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Capability_entering_service_now_is_accepted()
    {
        var capability = new CapabilityBuilder().InServiceSince(s_now).Build();

        Assert.Equal((s_now, 1L), (capability.InServiceSince, capability.Version));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_name_is_refused_naming_it(string name)
    {
        var error = Assert.Throws<RuleViolationException>(() => CapabilityDetails.Of(name, CapabilityKind.Other, null));

        Assert.Equal((RuleKind.InvalidArgument, "name"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Kind_not_given_is_refused_naming_it()
    {
        var error = Assert.Throws<RuleViolationException>(() => CapabilityDetails.Of("Analytics", 0, null));

        Assert.Equal((RuleKind.InvalidArgument, "kind"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Status_not_given_is_refused_naming_it()
    {
        var error = Assert.Throws<RuleViolationException>(() => new CapabilityBuilder().WithStatus(0).Build());

        Assert.Equal((RuleKind.InvalidArgument, "status"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Status_change_taking_effect_in_the_future_is_refused_and_changes_nothing()
    {
        var capability = new CapabilityBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(
            () => capability.ChangeStatus(CapabilityStatus.Retired, s_now.AddMinutes(1), "Planned", Admin, capability.Version, s_now));

        Assert.Equal((RuleKind.InvalidArgument, "since"), (error.Kind, error.Subject));
        Assert.Equal((CapabilityStatus.Operational, 1L, 1), (capability.Status, capability.Version, capability.StatusHistory.Count));
    }

    [Fact]
    public void Status_change_taking_effect_before_the_current_status_began_is_refused()
    {
        var capability = new CapabilityBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(
            () => capability.ChangeStatus(CapabilityStatus.Degraded, CapabilityBuilder.Since.AddTicks(-1), "Backdated", Admin, capability.Version, s_now));

        Assert.Equal((RuleKind.InvalidArgument, "since"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Change_to_the_current_status_is_a_failed_precondition()
    {
        var capability = new CapabilityBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(
            () => capability.ChangeStatus(CapabilityStatus.Operational, null, "Still fine", Admin, capability.Version, s_now));

        Assert.Equal((RuleKind.FailedPrecondition, "capability.same_status"), (error.Kind, error.Code));
    }

    [Fact]
    public void Status_change_needs_a_reason()
    {
        var capability = new CapabilityBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(() => capability.ChangeStatus(CapabilityStatus.Retired, null, " ", Admin, capability.Version, s_now));

        Assert.Equal((RuleKind.InvalidArgument, "reason"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Stale_version_is_a_conflict_on_the_version()
    {
        var capability = new CapabilityBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(
            () => capability.Update(CapabilityDetails.Of("Renamed", CapabilityKind.Other, null), Admin, capability.Version + 1, s_now));

        Assert.Equal((RuleKind.ConcurrencyConflict, "version"), (error.Kind, error.Subject));
        Assert.Equal(CapabilityBuilder.CustomerServiceSystem, capability.Name);
    }

    [Fact]
    public void Update_changes_name_kind_and_description_and_is_recorded()
    {
        var capability = new CapabilityBuilder().Build();

        capability.Update(CapabilityDetails.Of(" Service-data analytics platform ", CapabilityKind.ServiceDataAnalytics, "BI suite"), Admin, 1, s_now);

        Assert.Equal(("Service-data analytics platform", CapabilityKind.ServiceDataAnalytics, "BI suite", 2L), (capability.Name, capability.Kind, capability.Description, capability.Version));
        Assert.Equal("Updated", capability.History[^1].Action);
    }

    [Fact]
    public void Request_id_reused_with_other_content_already_exists()
    {
        var capability = new CapabilityBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(() => capability.EnsureRegisteredBy(CapabilityBuilder.Request with { Fingerprint = "other" }));

        Assert.Equal((RuleKind.AlreadyExists, "request_id"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Missing_actor_is_refused_naming_it()
    {
        var capability = new CapabilityBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(() => capability.ChangeStatus(CapabilityStatus.Retired, null, "Gone", "", capability.Version, s_now));

        Assert.Equal((RuleKind.InvalidArgument, "actor"), (error.Kind, error.Subject));
    }
}
