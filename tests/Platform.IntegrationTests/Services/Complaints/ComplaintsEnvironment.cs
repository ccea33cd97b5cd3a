using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Platform.Contracts.Common.V1;
using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Events;
using Platform.Contracts.Events.Agreements;
using Platform.Contracts.Events.Complaints;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>
/// A database and a virtual host of their own, on which Complaints hosts start and stop, and a bus on the same
/// virtual host standing in for the other contexts: it publishes the Agreements facts Complaints learns
/// agreements from, and records every event Complaints publishes (<see cref="Events"/>).
/// </summary>
internal sealed class ComplaintsEnvironment : IAsyncDisposable
{
    private const string EventsQueue = "complaints-tests-events";
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    private readonly IBusControl _bus;

    private ComplaintsEnvironment(string connectionString, RabbitEndpoint rabbit, IBusControl bus, ComplaintEventLog events)
    {
        ConnectionString = connectionString;
        Rabbit = rabbit;
        _bus = bus;
        Events = events;
    }

    public string ConnectionString { get; }

    public RabbitEndpoint Rabbit { get; }

    public ComplaintEventLog Events { get; }

    public static async Task<ComplaintsEnvironment> CreateAsync(PlatformInfrastructure infrastructure)
    {
        var connectionString = await infrastructure.CreateDatabaseAsync();
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var events = new ComplaintEventLog();
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, host =>
            {
                host.Username(rabbit.Username);
                host.Password(rabbit.Password);
            });
            cfg.ReceiveEndpoint(EventsQueue, endpoint =>
            {
                // One at a time, in queue order: the facts of one complaint are published in the order they happened.
                endpoint.ConcurrentMessageLimit = 1;
                Record<ComplaintFiled>(endpoint, events);
                Record<ComplaintAcknowledged>(endpoint, events);
                Record<ComplaintProgressUpdated>(endpoint, events);
                Record<ComplaintResolved>(endpoint, events);
                Record<ComplaintClosed>(endpoint, events);
                Record<ComplaintReopened>(endpoint, events);
                Record<ComplaintWithdrawn>(endpoint, events);
                Record<ComplaintSlaAtRisk>(endpoint, events);
                Record<ComplaintSlaBreached>(endpoint, events);
                Record<SolutionMarkedBelowStandard>(endpoint, events);
                Record<ResolutionRateMeasured>(endpoint, events);
            });
        });
        var started = await bus.StartAsync();
        await started.Ready;
        return new ComplaintsEnvironment(connectionString, rabbit, bus, events);
    }

    /// <summary>
    /// Starts a Complaints host on this database and virtual host, with <paramref name="settings"/> over the
    /// service's own and <paramref name="services"/> changing its registrations.
    /// </summary>
    public Task<ComplaintsHost> StartHostAsync(
        IReadOnlyDictionary<string, string?>? settings = null, ILoggerProvider? logs = null, Action<IServiceCollection>? services = null) =>
        ComplaintsHost.StartAsync(ConnectionString, Rabbit, settings ?? new Dictionary<string, string?>(), logs, services);

    /// <summary>Publishes a fact as Agreements would.</summary>
    public Task PublishAsync<T>(T fact)
        where T : class =>
        _bus.Publish(fact);

    /// <summary>
    /// Publishes the activation of a fresh agreement with <paramref name="terms"/> (seconds-long clocks by
    /// default) and waits until the host accepts complaints for it.
    /// </summary>
    public async Task<Guid> ActivateAgreementAsync(ComplaintsHost host, AgreementTermsSnapshot? terms = null, DateTimeOffset? effectiveFrom = null)
    {
        var agreementId = Guid.NewGuid();
        await PublishAsync(AgreementFacts.Activated(agreementId, terms ?? AgreementFacts.Terms(), effectiveFrom ?? DateTimeOffset.UtcNow.AddDays(-1)));
        await EligibilityAsync(host, agreementId, e => e.Eligible, "eligible");
        return agreementId;
    }

    /// <summary>Waits until the host's view of the agreement satisfies <paramref name="condition"/>.</summary>
    public static Task EligibilityAsync(ComplaintsHost host, Guid agreementId, Func<AgreementEligibility, bool> condition, string what) =>
        Eventually.AssertAsync(
            async () => condition((await host.Client.GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreementId.ToString() })).Eligibility),
            s_timeout,
            $"agreement {agreementId} is {what} in Complaints");

    /// <summary>The complaint's contact column as stored.</summary>
    public async Task<string> StoredContactAsync(string complaintId)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT contact FROM complaints WHERE id = @id", connection);
        query.Parameters.AddWithValue("id", Guid.Parse(complaintId));
        return (string)(await query.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No complaint {complaintId} is stored."));
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();

    private static void Record<T>(IReceiveEndpointConfigurator endpoint, ComplaintEventLog events)
        where T : IntegrationEvent =>
        endpoint.Handler<T>(context =>
        {
            events.Add(context.Message);
            return Task.CompletedTask;
        });
}
