using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// One real service host (its Program, its migrations, its consumers, relay and scheduler) in this process,
/// on its own database and RabbitMQ virtual host, called over gRPC through the test server's handler.
/// </summary>
/// <typeparam name="TEntryPoint">Any public type of the service's assembly.</typeparam>
public sealed class ServiceFactory<TEntryPoint>(string connectionString, RabbitEndpoint rabbit, int? rabbitPort = null)
    : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    private GrpcChannel? _channel;

    /// <summary>A channel to the service; reused for every call of a test.</summary>
    public GrpcChannel Channel => _channel ??= TestIdentity.Channel(Server);

    /// <summary>The service's answer to grpc.health.v1.Health/Check for the whole server.</summary>
    public async Task<HealthCheckResponse.Types.ServingStatus> HealthAsync()
    {
        var health = new Health.HealthClient(Channel);
        return (await health.CheckAsync(new HealthCheckRequest())).Status;
    }

    /// <summary>Waits until the service reports SERVING: database reachable, bus and consumers started.</summary>
    public Task WaitUntilServingAsync() =>
        Eventually.AssertAsync(async () => await HealthAsync() == HealthCheckResponse.Types.ServingStatus.Serving, TimeSpan.FromSeconds(60), $"{typeof(TEntryPoint).Name} is SERVING");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Database"] = connectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["RabbitMq:Host"] = rabbit.Host,
            ["RabbitMq:Port"] = (rabbitPort ?? rabbit.Port).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = rabbit.VirtualHost,
            ["RabbitMq:Username"] = rabbit.Username,
            ["RabbitMq:Password"] = rabbit.Password,
            ["Messaging:Outbox:PollInterval"] = "00:00:00.050",
            ["Messaging:Deadlines:PollInterval"] = "00:00:00.050",
        }).AddInMemoryCollection(TestIdentity.Settings).AddInMemoryCollection(TestContactKey.Settings));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _channel?.Dispose();
        }

        base.Dispose(disposing);
    }
}
