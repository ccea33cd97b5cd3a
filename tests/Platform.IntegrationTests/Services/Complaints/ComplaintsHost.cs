using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Complaints.Grpc;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>
/// One running Complaints host (its Program, migrations, consumers, outbox relay, deadline scheduler and
/// contact resealer) on an environment's database and virtual host; disposing it stops it like a deployment.
/// </summary>
internal sealed class ComplaintsHost : IAsyncDisposable
{
    private readonly ServiceFactory<ComplaintsGrpcService> _factory;
    private readonly TestServer _server;
    private readonly GrpcChannel _channel;

    private ComplaintsHost(ServiceFactory<ComplaintsGrpcService> factory, TestServer server)
    {
        _factory = factory;
        _server = server;
        _channel = TestIdentity.Channel(server);
        Client = new ComplaintsService.ComplaintsServiceClient(_channel);
    }

    public ComplaintsService.ComplaintsServiceClient Client { get; }

    /// <summary>A channel whose calls carry <paramref name="token"/> instead of the all-roles one of <see cref="Client"/>; the caller disposes it.</summary>
    public GrpcChannel ChannelWith(string token) => TestIdentity.Channel(_server, token);

    /// <summary>
    /// Starts a host with <paramref name="settings"/> over the service's own (and <paramref name="services"/>
    /// changing its registrations, when given), and waits until it is SERVING.
    /// </summary>
    public static async Task<ComplaintsHost> StartAsync(
        string connectionString,
        RabbitEndpoint rabbit,
        IReadOnlyDictionary<string, string?> settings,
        ILoggerProvider? logs = null,
        Action<IServiceCollection>? services = null)
    {
        var factory = new ServiceFactory<ComplaintsGrpcService>(connectionString, rabbit);
        ComplaintsHost? started = null;
        try
        {
            var host = factory.WithWebHostBuilder(web =>
            {
                web.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
                if (logs is not null)
                {
                    web.ConfigureLogging(logging => logging.AddProvider(logs));
                }

                if (services is not null)
                {
                    web.ConfigureTestServices(services);
                }
            });
            started = new ComplaintsHost(factory, host.Server);

            // Serving means the database is reachable and the agreement-lifecycle queue is bound.
            var health = new Health.HealthClient(started._channel);
            await Eventually.AssertAsync(
                async () => (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving,
                TimeSpan.FromSeconds(60),
                "Complaints is SERVING");
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
        _channel.Dispose();
        // Disposes the host made by WithWebHostBuilder too.
        await _factory.DisposeAsync();
    }
}
