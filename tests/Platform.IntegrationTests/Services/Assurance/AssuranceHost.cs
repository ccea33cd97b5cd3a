using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Assurance.Grpc;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance;

/// <summary>
/// One running Assurance host (its Program, migrations, consumers, outbox relay and deadline scheduler) on an
/// environment's database and virtual host; tests make the clients they need from <see cref="Channel"/>.
/// Disposing it stops it like a deployment.
/// </summary>
internal sealed class AssuranceHost : IAsyncDisposable
{
    private readonly ServiceFactory<AssuranceGrpcService> _factory;

    private AssuranceHost(ServiceFactory<AssuranceGrpcService> factory, GrpcChannel channel)
    {
        _factory = factory;
        Channel = channel;
    }

    public GrpcChannel Channel { get; }

    /// <summary>
    /// Starts a host with <paramref name="settings"/> over the service's own (and <paramref name="clock"/> as its
    /// time, when given), and waits until it is SERVING.
    /// </summary>
    public static async Task<AssuranceHost> StartAsync(string connectionString, RabbitEndpoint rabbit, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null)
    {
        var factory = new ServiceFactory<AssuranceGrpcService>(connectionString, rabbit);
        AssuranceHost? started = null;
        try
        {
            var host = factory.WithWebHostBuilder(web =>
            {
                web.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
                if (clock is not null)
                {
                    web.ConfigureTestServices(services => services.AddSingleton(clock));
                }
            });
            started = new AssuranceHost(factory, TestIdentity.Channel(host.Server));

            // Serving means the database is reachable and the agreement-lifecycle queue is bound.
            var health = new Health.HealthClient(started.Channel);
            await Eventually.AssertAsync(
                async () => (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving,
                TimeSpan.FromSeconds(60),
                "Assurance is SERVING");
            return started;
        }
        catch
        {
            await (started?.DisposeAsync() ?? factory.DisposeAsync());
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        // Disposes the host made by WithWebHostBuilder too.
        await _factory.DisposeAsync();
    }
}
