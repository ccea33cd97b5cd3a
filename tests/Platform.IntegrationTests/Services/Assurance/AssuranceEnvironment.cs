using System.Reflection;
using MassTransit;
using Platform.Contracts.Assurance.V1;
using Platform.Contracts.Common.V1;
using Platform.Contracts.Events;
using Platform.Contracts.Events.Agreements;
using Platform.Contracts.Events.Assurance;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance;

/// <summary>
/// A database and a virtual host of their own, on which Assurance hosts start and stop, and a bus on the same
/// virtual host standing in for the other contexts: it publishes the Agreements facts Assurance learns
/// agreements (and their promisors) from, and records every event Assurance publishes (<see cref="Events"/>):
/// every concrete type in <c>Platform.Contracts.Events.Assurance</c>, found by reflection.
/// </summary>
internal sealed class AssuranceEnvironment : IAsyncDisposable
{
    private const string EventsQueue = "assurance-tests-events";
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    private readonly IBusControl _bus;

    private AssuranceEnvironment(string connectionString, RabbitEndpoint rabbit, IBusControl bus, AssuranceEventLog events)
    {
        ConnectionString = connectionString;
        Rabbit = rabbit;
        _bus = bus;
        Events = events;
    }

    public string ConnectionString { get; }

    public RabbitEndpoint Rabbit { get; }

    public AssuranceEventLog Events { get; }

    public static async Task<AssuranceEnvironment> CreateAsync(PlatformInfrastructure infrastructure)
    {
        var connectionString = await infrastructure.CreateDatabaseAsync();
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var events = new AssuranceEventLog();
        var record = typeof(AssuranceEnvironment).GetMethod(nameof(Record), BindingFlags.NonPublic | BindingFlags.Static)!;
        var eventTypes = typeof(InterruptionStarted).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(InterruptionStarted).Namespace && t.IsClass && !t.IsAbstract && t.IsSubclassOf(typeof(IntegrationEvent)))
            .ToList();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, host =>
            {
                host.Username(rabbit.Username);
                host.Password(rabbit.Password);
            });
            cfg.ReceiveEndpoint(EventsQueue, endpoint =>
            {
                // One at a time, in queue order: the facts of one record are published in the order they happened.
                endpoint.ConcurrentMessageLimit = 1;
                foreach (var type in eventTypes)
                {
                    record.MakeGenericMethod(type).Invoke(null, [endpoint, events]);
                }
            });
        });
        var started = await bus.StartAsync();
        await started.Ready;
        return new AssuranceEnvironment(connectionString, rabbit, bus, events);
    }

    /// <summary>Starts an Assurance host on this database and virtual host, with <paramref name="settings"/> over the service's own.</summary>
    public Task<AssuranceHost> StartHostAsync(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null) =>
        AssuranceHost.StartAsync(ConnectionString, Rabbit, settings ?? new Dictionary<string, string?>(), clock);

    /// <summary>Publishes a fact as Agreements would.</summary>
    public Task PublishAsync<T>(T fact)
        where T : class =>
        _bus.Publish(fact);

    /// <summary>
    /// Publishes the activation of a fresh agreement of <paramref name="promisorId"/> with <paramref name="terms"/>
    /// and waits until the host accepts work for it.
    /// </summary>
    public async Task<Guid> ActivateAgreementAsync(AssuranceHost host, string promisorId, AgreementTermsSnapshot? terms = null, DateTimeOffset? effectiveFrom = null)
    {
        var agreementId = Guid.NewGuid();
        await PublishAsync(AgreementFacts.Activated(agreementId, terms ?? AgreementFacts.Terms(), effectiveFrom ?? DateTimeOffset.UtcNow.AddYears(-2), promisorId));
        await EligibilityAsync(host, agreementId, e => e.Eligible, "eligible");
        return agreementId;
    }

    /// <summary>Waits until the host's view of the agreement satisfies <paramref name="condition"/>.</summary>
    public static Task EligibilityAsync(AssuranceHost host, Guid agreementId, Func<AgreementEligibility, bool> condition, string what) =>
        Eventually.AssertAsync(
            async () => condition((await new AssuranceService.AssuranceServiceClient(host.Channel).GetAgreementEligibilityAsync(
                new GetAgreementEligibilityRequest { AgreementId = agreementId.ToString() })).Eligibility),
            s_timeout,
            $"agreement {agreementId} is {what} in Assurance");

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private static void Record<T>(IReceiveEndpointConfigurator endpoint, AssuranceEventLog events)
        where T : IntegrationEvent =>
        endpoint.Handler<T>(context =>
        {
            events.Add(context.Message);
            return Task.CompletedTask;
        });
}
