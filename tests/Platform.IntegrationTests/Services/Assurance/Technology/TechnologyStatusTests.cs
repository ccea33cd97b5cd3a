using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Technology;

/// <summary>Clause 3.3: a capability an active agreement requires and the promisor lacks is reported in the status answer.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class TechnologyStatusTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private const string Analytics = "service-data analytics platform";

    private TechnologyService.TechnologyServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Required_capability_the_promisor_lacks_is_reported_missing_naming_the_agreements_requiring_it()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var first = await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { RequiredCapabilities = [TechnologyCalls.CustomerServiceSystem, Analytics] });
        var second = await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { RequiredCapabilities = ["Service-Data Analytics Platform "] });
        var capability = await Client.RegisterAsync(TechnologyCalls.Register(promisor));

        var status = await Client.StatusAsync(promisor);

        Assert.False(status.AllRequirementsMet);
        Assert.Equal(capability.Id, Assert.Single(status.Capabilities).CapabilityId);
        var met = Assert.Single(status.Requirements, r => r.Status == CapabilityRequirementStatus.Met);
        Assert.Equal((TechnologyCalls.CustomerServiceSystem, capability.Id), (met.Name, Assert.Single(met.CapabilityIds)));
        var missing = Assert.Single(status.Requirements, r => r.Status == CapabilityRequirementStatus.Missing);
        // Named as the agreement first by number writes it.
        Assert.Equal(Analytics, missing.Name, ignoreCase: true);
        Assert.Equal(new[] { first, second }.Select(id => id.ToString()).Order(), missing.Agreements.Select(a => a.AgreementId).Order());
    }

    [Fact]
    public async Task Retired_required_capability_is_reported_retired_from_its_retirement_on()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var agreementId = await assurance.ActiveAgreementAsync(promisor);
        var registered = await Client.RegisterAsync(TechnologyCalls.Register(promisor, name: " Intelligent Customer-Service System"));
        var retiredAt = DateTimeOffset.UtcNow.AddHours(-1);
        await Client.ChangeCapabilityStatusAsync(TechnologyCalls.ChangeStatus(registered, CapabilityStatus.Retired, retiredAt));

        var now = await Client.StatusAsync(promisor);
        var before = await Client.StatusAsync(promisor, retiredAt.AddSeconds(-1));

        var requirement = Assert.Single(now.Requirements);
        Assert.Equal((CapabilityRequirementStatus.Retired, agreementId.ToString()), (requirement.Status, Assert.Single(requirement.Agreements).AgreementId));
        Assert.Equal(CapabilityStatus.Retired, Assert.Single(now.Capabilities).Status);
        Assert.Equal((CapabilityRequirementStatus.Met, true), (Assert.Single(before.Requirements).Status, before.AllRequirementsMet));
        Assert.Equal(CapabilityStatus.Operational, Assert.Single(before.Capabilities).Status);
    }

    [Fact]
    public async Task Promisor_without_agreements_has_no_requirements()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await Client.RegisterAsync(TechnologyCalls.Register(promisor));

        var status = await Client.StatusAsync(promisor);

        Assert.Empty(status.Requirements);
        Assert.True(status.AllRequirementsMet);
        Assert.Single(status.Capabilities);
    }
}
