using System.Text.Json;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Agreements.Grpc;
using Platform.Contracts.Agreements.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// One Agreements host on its own database and virtual host, and a bus standing in for Complaints that publishes
/// missed clocks in bursts, so Agreements' consumer receives them in batches; it can also read Agreements' error
/// queue. In <see cref="DuplicatingMissedClockBatchFixture"/>, the host hands every delivery to its consumers twice
/// (<c>RabbitMq:DuplicateEveryDelivery</c>, the fault tests' switch).
/// </summary>
public class MissedClockBatchFixture : IAsyncLifetime
{
    private readonly bool _duplicateEveryDelivery;
    private readonly Lock _gate = new();
    private Task? _started;
    private PlatformInfrastructure _infrastructure = null!;
    private RabbitEndpoint _rabbit = null!;
    private ServiceFactory<AgreementsGrpcService>? _factory;
    private WebApplicationFactory<AgreementsGrpcService>? _host;
    private GrpcChannel? _channel;
    private IBusControl? _bus;
    private ConnectHandle? _watching;

    public MissedClockBatchFixture()
        : this(duplicateEveryDelivery: false)
    {
    }

    /// <param name="duplicateEveryDelivery">Whether the host hands every delivery to its consumers twice.</param>
    protected MissedClockBatchFixture(bool duplicateEveryDelivery)
    {
        _duplicateEveryDelivery = duplicateEveryDelivery;
    }

    /// <summary>The messages Agreements' consumers finished (or failed), by message id.</summary>
    internal BreachConsumeWatch Consumed { get; } = new();

    internal AgreementsService.AgreementsServiceClient Client { get; private set; } = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Starts the host and the bus on the first call; the infrastructure comes from the test's collection.</summary>
    internal Task StartAsync(PlatformInfrastructure infrastructure)
    {
        lock (_gate)
        {
            return _started ??= StartOnceAsync(infrastructure);
        }
    }

    /// <summary>Publishes every fact at once, each under its message id (the same id twice is a redelivery).</summary>
    internal Task PublishAllAsync<T>(IEnumerable<(T Fact, Guid MessageId)> facts)
        where T : class =>
        Task.WhenAll(facts.Select(f => _bus!.Publish(f.Fact, context => context.MessageId = f.MessageId)));

    /// <summary>
    /// The messages in the error queue of Agreements' consumer of missed clocks: message id and the reason
    /// MassTransit wrote (<c>MT-Fault-Message</c>). They are put back, so the queue is unchanged.
    /// </summary>
    internal async Task<IReadOnlyList<(Guid MessageId, string Reason)>> MissedClockErrorsAsync()
    {
        var vhost = Uri.EscapeDataString(_rabbit.VirtualHost);
        var queues = await _infrastructure.ManagementJsonAsync(HttpMethod.Get, $"api/queues/{vhost}");
        var errorQueue = queues.EnumerateArray()
            .Select(q => q.GetProperty("name").GetString()!)
            .SingleOrDefault(name => name.StartsWith("agreements-", StringComparison.Ordinal)
                && name.Contains("complaint-sla-breached", StringComparison.Ordinal) && name.EndsWith("_error", StringComparison.Ordinal));
        if (errorQueue is null)
        {
            return [];
        }

        var messages = await _infrastructure.ManagementJsonAsync(
            HttpMethod.Post, $"api/queues/{vhost}/{Uri.EscapeDataString(errorQueue)}/get", new { count = 100, ackmode = "ack_requeue_true", encoding = "auto" });
        return messages.EnumerateArray().Select(Error).ToList();
    }

    public async Task DisposeAsync()
    {
        _watching?.Disconnect();
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        _channel?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private static (Guid MessageId, string Reason) Error(JsonElement message)
    {
        var properties = message.GetProperty("properties");
        var id = Guid.Parse(properties.GetProperty("message_id").GetString()!);
        var headers = properties.GetProperty("headers");
        return (id, headers.TryGetProperty("MT-Fault-Message", out var reason) ? reason.GetString() ?? string.Empty : string.Empty);
    }

    private async Task StartOnceAsync(PlatformInfrastructure infrastructure)
    {
        _infrastructure = infrastructure;
        _rabbit = await infrastructure.CreateVirtualHostAsync();
        _factory = new ServiceFactory<AgreementsGrpcService>(await infrastructure.CreateDatabaseAsync(), _rabbit);
        _host = _factory.WithWebHostBuilder(web => web.UseSetting("RabbitMq:DuplicateEveryDelivery", _duplicateEveryDelivery ? "true" : "false"));
        _channel = TestIdentity.Channel(_host.Server);
        Client = new AgreementsService.AgreementsServiceClient(_channel);

        // Serving means Agreements' queues are bound, so nothing published from here on is lost.
        var health = new Grpc.Health.V1.Health.HealthClient(_channel);
        await Eventually.AssertAsync(
            async () => (await health.CheckAsync(new Grpc.Health.V1.HealthCheckRequest())).Status == Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving,
            TimeSpan.FromSeconds(60),
            "Agreements is SERVING");
        _watching = _host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(Consumed);

        _bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(_rabbit.Host, (ushort)_rabbit.Port, _rabbit.VirtualHost, host =>
        {
            host.Username(_rabbit.Username);
            host.Password(_rabbit.Password);
        }));
        var started = await _bus.StartAsync();
        await started.Ready;
    }
}
