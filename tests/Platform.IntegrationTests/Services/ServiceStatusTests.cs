using System.Reflection;
using Platform.Agreements.Grpc;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Common.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services;

/// <summary>What an SRE sees in <c>GetServiceStatus</c>: the build, both dependencies, and the work waiting.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class ServiceStatusTests(PlatformInfrastructure infrastructure)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Status_names_the_build_and_both_dependencies_reachable_with_nothing_waiting()
    {
        await using var agreements = new ServiceFactory<AgreementsGrpcService>(await infrastructure.CreateDatabaseAsync(), await infrastructure.CreateVirtualHostAsync());
        await agreements.WaitUntilServingAsync();

        var status = await StatusAsync(agreements);

        Assert.Equal("agreements", status.Service);
        Assert.Equal(Build(typeof(AgreementsGrpcService)), $"{status.Version}+{status.Commit}".TrimEnd('+'));
        Assert.True(status.StartedAt.ToDateTimeOffset() <= status.CheckedAt.ToDateTimeOffset());
        Assert.Equal(["database", "message-bus"], status.Dependencies.Select(d => d.Name));
        Assert.All(status.Dependencies, d => Assert.True(d.Reachable, $"{d.Name}: {d.Description}"));
        Assert.Equal(0, status.Outbox.Pending);
        Assert.Null(status.Outbox.OldestPendingAge);
        Assert.Equal(0, status.Deadlines.Due);
    }

    [Fact]
    public async Task Status_shows_the_broker_unreachable_and_the_events_it_holds_until_the_broker_is_back()
    {
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        await using var proxy = TcpProxy.Start(rabbit.Host, rabbit.Port);
        await using var agreements = new ServiceFactory<AgreementsGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit, proxy.Port);
        await agreements.WaitUntilServingAsync();

        proxy.Cut();
        await AgreementRequests.CreateSignedAsync(new AgreementsService.AgreementsServiceClient(agreements.Channel));

        await Eventually.AssertAsync(
            async () =>
            {
                var status = await StatusAsync(agreements);
                return !status.Dependencies.Single(d => d.Name == "message-bus").Reachable
                    && status.Dependencies.Single(d => d.Name == "database").Reachable
                    && status.Outbox.Pending > 0 && status.Outbox.OldestPendingAge is not null;
            },
            s_timeout,
            "status shows the bus unreachable and the signing events pending");

        proxy.Restore();
        await Eventually.AssertAsync(
            async () =>
            {
                var status = await StatusAsync(agreements);
                return status.Dependencies.All(d => d.Reachable) && status.Outbox.Pending == 0;
            },
            s_timeout,
            "the outbox drains once the broker is back");
    }

    /// <summary>The service assembly's informational version: "version+commit", or the version alone.</summary>
    private static string Build(System.Type service) =>
        service.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    private static async Task<GetServiceStatusResponse> StatusAsync<T>(ServiceFactory<T> service)
        where T : class =>
        await new ServiceStatusService.ServiceStatusServiceClient(service.Channel).GetServiceStatusAsync(new GetServiceStatusRequest());
}
