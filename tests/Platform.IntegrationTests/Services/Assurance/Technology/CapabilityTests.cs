using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Technology;

/// <summary>Registering capabilities, changing their status with history, and the rules that guard them.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class CapabilityTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private TechnologyService.TechnologyServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Registered_capability_is_read_back_and_listed_under_its_promisor()
    {
        var promisor = AssuranceFixture.NewPromisor();

        var registered = await Client.RegisterAsync(TechnologyCalls.Register(promisor));

        Assert.Equal(registered, await Client.GetAsync(registered.Id));
        Assert.Equal(registered, Assert.Single(await Client.OfPromisorAsync(promisor)));
        Assert.Equal((CapabilityStatus.Operational, 1L, 1), (registered.Status, registered.Version, registered.StatusHistory.Count));
    }

    [Fact]
    public async Task Retried_registration_returns_the_capability_registered_first()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var request = TechnologyCalls.Register(promisor);
        var first = await Client.RegisterAsync(request);

        var retried = await Client.RegisterAsync(request);

        Assert.Equal(first, retried);
        Assert.Single(await Client.OfPromisorAsync(promisor));
    }

    [Fact]
    public async Task Request_id_reused_for_another_capability_is_ALREADY_EXISTS_and_stores_nothing_more()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var request = TechnologyCalls.Register(promisor);
        await Client.RegisterAsync(request);
        var other = request.Clone();
        other.Name = "service-data analytics platform";

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.RegisterCapabilityAsync(other).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Single(await Client.OfPromisorAsync(promisor));
    }

    [Fact]
    public async Task Status_change_is_kept_on_the_status_history_with_its_actor_and_time()
    {
        var registered = await Client.RegisterAsync(TechnologyCalls.Register(AssuranceFixture.NewPromisor()));
        // In whole microseconds, as the database keeps it.
        var since = DateTimeOffset.UnixEpoch.AddMicroseconds(DateTimeOffset.UtcNow.AddHours(-2).ToUnixTimeMilliseconds() * 1000L);

        var changed = (await Client.ChangeCapabilityStatusAsync(TechnologyCalls.ChangeStatus(registered, CapabilityStatus.Degraded, since))).Capability;

        Assert.Equal((CapabilityStatus.Degraded, since, 2L), (changed.Status, changed.Since.ToDateTimeOffset(), changed.Version));
        var period = changed.StatusHistory[^1];
        Assert.Equal((CapabilityStatus.Degraded, TechnologyCalls.Admin, "Vendor contract ended"), (period.Status, period.Actor, period.Reason));
        Assert.Equal(["Registered", "StatusChanged"], (await Client.GetAsync(registered.Id)).History.Select(h => h.Action));
    }

    [Fact]
    public async Task Update_renames_the_capability()
    {
        var registered = await Client.RegisterAsync(TechnologyCalls.Register(AssuranceFixture.NewPromisor(), name: "chatbot"));
        var request = TechnologyCalls.Update(registered);
        request.Name = TechnologyCalls.CustomerServiceSystem;

        var updated = (await Client.UpdateCapabilityAsync(request)).Capability;

        Assert.Equal((TechnologyCalls.CustomerServiceSystem, 2L), (updated.Name, updated.Version));
    }

    [Fact]
    public async Task Change_at_a_stale_version_is_ABORTED_and_changes_nothing()
    {
        var registered = await Client.RegisterAsync(TechnologyCalls.Register(AssuranceFixture.NewPromisor()));
        await Client.ChangeCapabilityStatusAsync(TechnologyCalls.ChangeStatus(registered, CapabilityStatus.Degraded));

        var error = await Assert.ThrowsAsync<RpcException>(
            () => Client.ChangeCapabilityStatusAsync(TechnologyCalls.ChangeStatus(registered, CapabilityStatus.Retired)).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Equal((CapabilityStatus.Degraded, 2L), ((await Client.GetAsync(registered.Id)).Status, (await Client.GetAsync(registered.Id)).Version));
    }

    [Fact]
    public async Task Update_at_a_stale_version_is_ABORTED_and_changes_nothing()
    {
        var registered = await Client.RegisterAsync(TechnologyCalls.Register(AssuranceFixture.NewPromisor(), name: "chatbot"));
        var changed = (await Client.ChangeCapabilityStatusAsync(TechnologyCalls.ChangeStatus(registered, CapabilityStatus.Degraded))).Capability;
        var stale = TechnologyCalls.Update(registered);
        stale.Name = TechnologyCalls.CustomerServiceSystem;

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.UpdateCapabilityAsync(stale).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Equal(changed, await Client.GetAsync(registered.Id));
    }

    [Fact]
    public async Task Change_to_the_current_status_is_FAILED_PRECONDITION()
    {
        var registered = await Client.RegisterAsync(TechnologyCalls.Register(AssuranceFixture.NewPromisor()));

        var error = await Assert.ThrowsAsync<RpcException>(
            () => Client.ChangeCapabilityStatusAsync(TechnologyCalls.ChangeStatus(registered, CapabilityStatus.Operational)).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    [Fact]
    public async Task Listing_by_status_and_kind_pages_newest_first()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var first = await Client.RegisterAsync(TechnologyCalls.Register(promisor));
        var second = await Client.RegisterAsync(TechnologyCalls.Register(promisor));
        var retired = await Client.RegisterAsync(TechnologyCalls.Register(promisor));
        await Client.ChangeCapabilityStatusAsync(TechnologyCalls.ChangeStatus(retired, CapabilityStatus.Retired));

        var page1 = await Client.ListCapabilitiesAsync(new ListCapabilitiesRequest { PromisorId = promisor, Status = CapabilityStatus.Operational, PageSize = 1 });
        var page2 = await Client.ListCapabilitiesAsync(new ListCapabilitiesRequest { PromisorId = promisor, Status = CapabilityStatus.Operational, PageSize = 1, PageToken = page1.NextPageToken });
        var analytics = await Client.ListCapabilitiesAsync(new ListCapabilitiesRequest { PromisorId = promisor, Kind = CapabilityKind.ServiceDataAnalytics });

        Assert.Equal([second.Id, first.Id], page1.Capabilities.Concat(page2.Capabilities).Select(c => c.Id));
        Assert.Empty(analytics.Capabilities);
    }
}
