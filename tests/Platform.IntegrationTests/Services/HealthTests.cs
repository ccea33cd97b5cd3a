using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Platform.Agreements.Grpc;
using Platform.Assurance.Grpc;
using Platform.Complaints.Grpc;
using Platform.Disputes.Grpc;
using Platform.IntegrationTests.Infrastructure;
using Npgsql;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Platform.ServiceDefaults.Data;

namespace Platform.IntegrationTests.Services;

[Collection(PlatformCollectionDefinition.Name)]
public sealed class HealthTests(PlatformInfrastructure infrastructure)
{
    private static readonly TimeSpan s_healthTimeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Services => ["Agreements", "Complaints", "Assurance", "Disputes"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Service_is_SERVING_and_lists_its_API_by_reflection(string service)
    {
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var database = await infrastructure.CreateDatabaseAsync();
        var (channel, waitUntilServing, dispose) = service switch
        {
            "Agreements" => Start(new ServiceFactory<AgreementsGrpcService>(database, rabbit)),
            "Complaints" => Start(new ServiceFactory<ComplaintsGrpcService>(database, rabbit)),
            "Assurance" => Start(new ServiceFactory<AssuranceGrpcService>(database, rabbit)),
            _ => Start(new ServiceFactory<DisputesGrpcService>(database, rabbit)),
        };
        try
        {
            await waitUntilServing();

            var services = await ListServicesAsync(channel);

            Assert.Contains($"platform.{service.ToLowerInvariant()}.v1.{service}Service", services);
            Assert.Contains("grpc.health.v1.Health", services);
        }
        finally
        {
            await dispose();
        }
    }

    [Fact]
    public async Task Service_started_before_its_migrations_ran_is_not_ready_until_they_have()
    {
        // Arrange: Complaints on an empty database, told not to migrate itself (as in compose and Kubernetes).
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        await using var complaints = new ServiceFactory<ComplaintsGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);
        await using var unmigrated = complaints.WithWebHostBuilder(host => host.ConfigureAppConfiguration(config =>
            config.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:MigrateOnStartup"] = "false" })));
        using var http = unmigrated.CreateClient();
        var health = unmigrated.Services.GetRequiredService<HealthCheckService>();

        // Assert: not ready, and the schema check says why.
        var before = await health.CheckHealthAsync(check => check.Name == "database-schema");
        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Contains("migrations not applied yet", before.Entries["database-schema"].Description, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode);

        // Act: the migration step runs (what `dotnet Platform.Complaints.dll migrate` does).
        foreach (var migrator in unmigrated.Services.GetServices<IDatabaseMigrator>())
        {
            await migrator.MigrateAsync(CancellationToken.None);
        }

        // Assert: ready.
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync(check => check.Name == "database-schema")).Status);
        await Eventually.AssertAsync(
            async () => (await http.GetAsync(new Uri("/readyz", UriKind.Relative))).StatusCode == HttpStatusCode.OK, s_healthTimeout, "/readyz answers 200 once migrated");
    }

    [Fact]
    public async Task Health_is_NOT_SERVING_while_RabbitMQ_is_unreachable_and_recovers()
    {
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        await using var proxy = TcpProxy.Start(rabbit.Host, rabbit.Port);
        await using var complaints = new ServiceFactory<ComplaintsGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit, proxy.Port);
        await complaints.WaitUntilServingAsync();

        proxy.Cut();
        await Eventually.AssertAsync(async () => await complaints.HealthAsync() == HealthCheckResponse.Types.ServingStatus.NotServing, s_healthTimeout, "NOT_SERVING without RabbitMQ");

        proxy.Restore();
        await complaints.WaitUntilServingAsync();
    }

    [Fact]
    public async Task Health_is_NOT_SERVING_while_the_database_is_unreachable_and_recovers()
    {
        var database = new NpgsqlConnectionStringBuilder(await infrastructure.CreateDatabaseAsync());
        await using var proxy = TcpProxy.Start(database.Host!, database.Port);
        database.Host = "127.0.0.1";
        database.Port = proxy.Port;
        database.Timeout = 3;
        await using var agreements = new ServiceFactory<AgreementsGrpcService>(database.ConnectionString, await infrastructure.CreateVirtualHostAsync());
        await agreements.WaitUntilServingAsync();

        proxy.Cut();
        NpgsqlConnection.ClearAllPools();
        await Eventually.AssertAsync(async () => await agreements.HealthAsync() == HealthCheckResponse.Types.ServingStatus.NotServing, s_healthTimeout, "NOT_SERVING without PostgreSQL");

        proxy.Restore();
        await agreements.WaitUntilServingAsync();
    }

    private static (Grpc.Net.Client.GrpcChannel Channel, Func<Task> WaitUntilServing, Func<Task> Dispose) Start<T>(ServiceFactory<T> factory)
        where T : class =>
        (factory.Channel, factory.WaitUntilServingAsync, async () => await factory.DisposeAsync());

    private static async Task<List<string>> ListServicesAsync(Grpc.Net.Client.GrpcChannel channel)
    {
        var reflection = new ServerReflection.ServerReflectionClient(channel);
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        return call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
    }
}
