using Platform.Assurance.Domain.Technology;

namespace Platform.Assurance.Tests.Technology;

public sealed class RequiredCapabilityTests
{
    private const string Analytics = "service-data analytics platform";
    private static readonly DateTimeOffset s_now = CapabilityBuilder.Now;
    private static readonly RequiringAgreement s_first = Agreement("CXQ-2026-000001", CapabilityBuilder.CustomerServiceSystem, Analytics);
    private static readonly RequiringAgreement s_second = Agreement("CXQ-2026-000002", Analytics);

    [Fact]
    public void Requirement_is_met_by_an_operational_capability_named_alike_up_to_case_and_surrounding_spaces()
    {
        var capability = new CapabilityBuilder().Named("  Intelligent Customer-Service SYSTEM ").Build();

        var status = TechnologyStatus.Assess([capability], [Agreement("CXQ-1", CapabilityBuilder.CustomerServiceSystem)], s_now);

        var requirement = Assert.Single(status.Requirements);
        Assert.Equal((RequirementStatus.Met, capability.Id), (requirement.Status, Assert.Single(requirement.CapabilityIds)));
        Assert.True(status.AllRequirementsMet);
    }

    [Fact]
    public void Capability_of_another_name_does_not_meet_a_requirement()
    {
        var capability = new CapabilityBuilder().Named("analytics platform").Build();

        var status = TechnologyStatus.Assess([capability], [Agreement("CXQ-1", Analytics)], s_now);

        Assert.Equal(RequirementStatus.Missing, Assert.Single(status.Requirements).Status);
        Assert.False(status.AllRequirementsMet);
    }

    [Fact]
    public void Missing_requirement_names_every_agreement_requiring_it_once()
    {
        var status = TechnologyStatus.Assess([new CapabilityBuilder().Build()], [s_first, s_second], s_now);

        var missing = Assert.Single(status.Requirements, r => r.Status == RequirementStatus.Missing);
        Assert.Equal(Analytics, missing.Name);
        Assert.Equal([s_first.AgreementId, s_second.AgreementId], missing.Agreements.Select(a => a.AgreementId));
        Assert.Empty(missing.CapabilityIds);
    }

    [Theory]
    [InlineData(CapabilityStatus.Degraded, RequirementStatus.Degraded)]
    [InlineData(CapabilityStatus.Retired, RequirementStatus.Retired)]
    public void Capability_not_operational_at_the_instant_does_not_meet_the_requirement(CapabilityStatus capabilityStatus, RequirementStatus expected)
    {
        var capability = new CapabilityBuilder().BuildChangedTo(capabilityStatus, s_now.AddHours(-1));

        var status = TechnologyStatus.Assess([capability], [Agreement("CXQ-1", CapabilityBuilder.CustomerServiceSystem)], s_now);

        Assert.Equal(expected, Assert.Single(status.Requirements).Status);
        Assert.False(status.AllRequirementsMet);
    }

    [Fact]
    public void Requirement_is_met_when_any_capability_of_the_name_is_operational()
    {
        var retired = new CapabilityBuilder().BuildChangedTo(CapabilityStatus.Retired, s_now.AddDays(-2));
        var successor = new CapabilityBuilder().InServiceSince(s_now.AddDays(-2)).Build();

        var status = TechnologyStatus.Assess([retired, successor], [Agreement("CXQ-1", CapabilityBuilder.CustomerServiceSystem)], s_now);

        var requirement = Assert.Single(status.Requirements);
        Assert.Equal(RequirementStatus.Met, requirement.Status);
        Assert.Equal(2, requirement.CapabilityIds.Count);
    }

    [Fact]
    public void Degraded_outranks_retired_when_none_is_operational()
    {
        var retired = new CapabilityBuilder().BuildChangedTo(CapabilityStatus.Retired, s_now.AddDays(-2));
        var degraded = new CapabilityBuilder().BuildChangedTo(CapabilityStatus.Degraded, s_now.AddDays(-1));

        var status = TechnologyStatus.Assess([retired, degraded], [Agreement("CXQ-1", CapabilityBuilder.CustomerServiceSystem)], s_now);

        Assert.Equal(RequirementStatus.Degraded, Assert.Single(status.Requirements).Status);
    }

    [Fact]
    public void Capability_retired_after_the_instant_still_met_the_requirement_then()
    {
        var capability = new CapabilityBuilder().BuildChangedTo(CapabilityStatus.Retired, s_now.AddDays(-1));

        var status = TechnologyStatus.Assess([capability], [Agreement("CXQ-1", CapabilityBuilder.CustomerServiceSystem)], s_now.AddDays(-1).AddTicks(-1));

        Assert.Equal(RequirementStatus.Met, Assert.Single(status.Requirements).Status);
    }

    [Fact]
    public void Capability_entering_service_after_the_instant_is_neither_listed_nor_counted_then()
    {
        var capability = new CapabilityBuilder().Build();

        var status = TechnologyStatus.Assess([capability], [Agreement("CXQ-1", CapabilityBuilder.CustomerServiceSystem)], CapabilityBuilder.Since.AddTicks(-1));

        Assert.Empty(status.Capabilities);
        Assert.Equal(RequirementStatus.Missing, Assert.Single(status.Requirements).Status);
    }

    [Fact]
    public void Capabilities_are_listed_with_their_status_at_the_instant()
    {
        var capability = new CapabilityBuilder().BuildChangedTo(CapabilityStatus.Degraded, s_now.AddHours(-2));

        var status = TechnologyStatus.Assess([capability], [], s_now.AddHours(-3));

        var listed = Assert.Single(status.Capabilities);
        Assert.Equal((CapabilityStatus.Operational, CapabilityBuilder.Since), (listed.Period.Status, listed.Period.Since));
    }

    [Fact]
    public void Without_requiring_agreements_all_requirements_are_met()
    {
        var status = TechnologyStatus.Assess([], [Agreement("CXQ-1")], s_now);

        Assert.Empty(status.Requirements);
        Assert.True(status.AllRequirementsMet);
    }

    [Fact]
    public void Names_are_matched_alike_when_trimmed_and_case_folded()
    {
        Assert.True(CapabilityName.Matches(" Service-Data Analytics Platform\t", Analytics));
        Assert.False(CapabilityName.Matches("service data analytics platform", Analytics));
    }

    private static RequiringAgreement Agreement(string number, params string[] required) => new(Guid.NewGuid(), number, 1, required);
}
