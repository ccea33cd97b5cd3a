using System.Collections.Concurrent;
using Grpc.Health.V1;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Agreements.Data;
using Platform.Agreements.Grpc;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Events.Agreements;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging.Deadlines;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// One Agreements host per test class, on its own database and virtual host, with a clock the tests can move
/// forward, and a bus on the same virtual host standing in for Complaints, Assurance and Disputes: it publishes
/// their facts and receives the BreachDetermined events Agreements publishes.
/// </summary>
public sealed class BreachLedgerFixture : IAsyncLifetime
{
    private const string DeterminedQueue = "breach-ledger-tests-breach-determined";

    private readonly Lock _gate = new();
    private Task? _started;
    private ServiceFactory<AgreementsGrpcService>? _factory;
    private WebApplicationFactory<AgreementsGrpcService>? _host;
    private GrpcChannel? _channel;
    private IBusControl? _bus;
    private ConnectHandle? _watching;

    internal BreachClock Clock { get; } = new();

    /// <summary>The messages Agreements' consumers finished.</summary>
    internal BreachConsumeWatch Consumed { get; } = new();

    /// <summary>BreachDetermined events received from Agreements.</summary>
    internal ConcurrentQueue<BreachDetermined> Determined { get; } = new();

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

    /// <summary>Publishes a fact as another context would, under the message id given (the same id is a redelivery).</summary>
    internal Task PublishAsync<T>(T fact, Guid messageId)
        where T : class =>
        _bus!.Publish(fact, context => context.MessageId = messageId);

    /// <summary>The deadline of a kind and key, or null when none was scheduled.</summary>
    internal async Task<Deadline?> DeadlineAsync(string kind, string key)
    {
        await using var scope = _host!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AgreementsDbContext>();
        return await db.Set<Deadline>().AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.Key == key);
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
            // Disposes the host made by WithWebHostBuilder too.
            await _factory.DisposeAsync();
        }
    }

    private async Task StartOnceAsync(PlatformInfrastructure infrastructure)
    {
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        _factory = new ServiceFactory<AgreementsGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);
        _host = _factory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        _channel = TestIdentity.Channel(_host.Server);
        Client = new AgreementsService.AgreementsServiceClient(_channel);

        // Serving means Agreements' queues are bound, so nothing published from here on is lost.
        var health = new Health.HealthClient(_channel);
        await Eventually.AssertAsync(
            async () => (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving,
            TimeSpan.FromSeconds(60),
            "Agreements is SERVING");
        _watching = _host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(Consumed);

        _bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, host =>
            {
                host.Username(rabbit.Username);
                host.Password(rabbit.Password);
            });
            cfg.ReceiveEndpoint(DeterminedQueue, endpoint => endpoint.Handler<BreachDetermined>(context =>
            {
                Determined.Enqueue(context.Message);
                return Task.CompletedTask;
            }));
        });
        var started = await _bus.StartAsync();
        await started.Ready;
    }
}
