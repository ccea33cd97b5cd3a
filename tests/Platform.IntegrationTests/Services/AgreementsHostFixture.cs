using Grpc.Health.V1;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Agreements.Grpc;
using Platform.Contracts.Agreements.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// One Agreements host per test class, on its own database and virtual host, and a bus on that virtual host standing
/// in for the other contexts: it publishes their facts to Agreements. Started by the first test that needs it (the
/// infrastructure comes from the test's collection); a derived fixture adjusts the host and the bus.
/// </summary>
public abstract class AgreementsHostFixture : IAsyncLifetime
{
    private readonly Lock _gate = new();
    private Task? _started;
    private ServiceFactory<AgreementsGrpcService>? _factory;
    private GrpcChannel? _channel;
    private IBusControl? _bus;
    private ConnectHandle? _watching;

    /// <summary>The messages Agreements' consumers finished (or failed), by message id.</summary>
    internal BreachConsumeWatch Consumed { get; } = new();

    internal AgreementsService.AgreementsServiceClient Client { get; private set; } = null!;

    /// <summary>The infrastructure the host was started on.</summary>
    internal PlatformInfrastructure Infrastructure { get; private set; } = null!;

    /// <summary>The host's virtual host.</summary>
    internal RabbitEndpoint Rabbit { get; private set; } = null!;

    /// <summary>The running host, as <see cref="ConfigureHost"/> made it.</summary>
    internal WebApplicationFactory<AgreementsGrpcService> Host { get; private set; } = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Starts the host and the bus on the first call.</summary>
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

    /// <summary>Changes the Agreements host before it starts.</summary>
    protected abstract void ConfigureHost(IWebHostBuilder web);

    /// <summary>Adds to the stand-in bus (receive endpoints), after its host is set.</summary>
    protected virtual void ConfigureBus(IRabbitMqBusFactoryConfigurator bus)
    {
    }

    private async Task StartOnceAsync(PlatformInfrastructure infrastructure)
    {
        Infrastructure = infrastructure;
        Rabbit = await infrastructure.CreateVirtualHostAsync();
        _factory = new ServiceFactory<AgreementsGrpcService>(await infrastructure.CreateDatabaseAsync(), Rabbit);
        Host = _factory.WithWebHostBuilder(ConfigureHost);
        _channel = TestIdentity.Channel(Host.Server);
        Client = new AgreementsService.AgreementsServiceClient(_channel);

        // Serving means Agreements' queues are bound, so nothing published from here on is lost.
        var health = new Health.HealthClient(_channel);
        await Eventually.AssertAsync(
            async () => (await health.CheckAsync(new HealthCheckRequest())).Status == HealthCheckResponse.Types.ServingStatus.Serving,
            TimeSpan.FromSeconds(60),
            "Agreements is SERVING");
        _watching = Host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(Consumed);

        _bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(Rabbit.Host, (ushort)Rabbit.Port, Rabbit.VirtualHost, host =>
            {
                host.Username(Rabbit.Username);
                host.Password(Rabbit.Password);
            });
            ConfigureBus(cfg);
        });
        var started = await _bus.StartAsync();
        await started.Ready;
    }
}
