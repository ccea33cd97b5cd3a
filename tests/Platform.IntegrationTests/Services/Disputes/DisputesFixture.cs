using System.Collections.Concurrent;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Agreements.Grpc;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Disputes.V1;
using Platform.Disputes.Data;
using Platform.Disputes.Domain.Breaches;
using Platform.Disputes.Grpc;
using Platform.IntegrationTests.Infrastructure;
using DisputeResolved = Platform.Contracts.Events.Disputes.DisputeResolved;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>
/// Agreements and Disputes side by side on one virtual host, per test class: Disputes on a <see cref="BreachClock"/>
/// (never moved by the classes sharing this fixture) and asking the Agreements host in this process for agreements
/// it has not heard of, plus a bus that publishes facts and records the DisputeResolved facts Disputes publishes.
/// Every test makes its own agreement or dispute, so tests never see each other's data.
/// </summary>
public sealed class DisputesFixture : IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly ConcurrentQueue<DisputeResolved> _resolved = new();
    private Task? _started;
    private ServiceFactory<AgreementsGrpcService>? _agreementsFactory;
    private ServiceFactory<DisputesGrpcService>? _disputesFactory;
    private WebApplicationFactory<DisputesGrpcService>? _disputesHost;
    private GrpcChannel? _disputesChannel;
    private IBusControl? _bus;

    internal BreachClock Clock { get; } = new();

    internal AgreementsService.AgreementsServiceClient Agreements { get; private set; } = null!;

    internal DisputesService.DisputesServiceClient Client { get; private set; } = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Starts both hosts and the bus on the first call; the infrastructure comes from the test's collection.</summary>
    internal Task StartAsync(PlatformInfrastructure infrastructure)
    {
        lock (_gate)
        {
            return _started ??= StartOnceAsync(infrastructure);
        }
    }

    /// <summary>A fresh signed agreement that Disputes accepts work for.</summary>
    internal async Task<string> ActiveAgreementAsync()
    {
        var agreement = await AgreementRequests.CreateSignedAsync(Agreements);
        await Eventually.AssertAsync(
            async () => (await Client.GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreement.Id })).Eligibility.Eligible,
            s_timeout,
            "Disputes accepts the agreement");
        return agreement.Id;
    }

    /// <summary>A fresh agreement with a breach Agreements determined (a missed first response) that Disputes has received.</summary>
    internal async Task<(string AgreementId, string BreachId)> BreachAsync()
    {
        var agreementId = await ActiveAgreementAsync();
        await _bus!.Publish(BreachFacts.MissedClock(agreementId, dueAt: DateTimeOffset.UtcNow));
        Breach? breach = null;
        await Eventually.AssertAsync(
            async () => (breach = (await Agreements.ListBreachesAsync(new ListBreachesRequest { AgreementId = agreementId })).Breaches.FirstOrDefault()) is not null,
            s_timeout,
            "Agreements determined the breach");
        var breachId = Guid.Parse(breach!.Id);
        await Eventually.AssertAsync(
            async () =>
            {
                await using var scope = _disputesHost!.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DisputesDbContext>();
                return await db.Set<KnownBreach>().FindAsync(breachId) is { IsDetermined: true };
            },
            s_timeout,
            "Disputes knows the breach");
        return (agreementId, breach.Id);
    }

    /// <summary>An open dispute in negotiation, optionally with <paramref name="officer"/> assigned and negotiation declared failed.</summary>
    internal async Task<Dispute> OpenDisputeAsync(string agreementId, string? breachId = null, string? officer = null, bool negotiationFailed = false)
    {
        var dispute = (await Client.OpenDisputeAsync(DisputeRequests.Open(agreementId, breachId))).Dispute;
        if (officer is not null)
        {
            dispute = (await Client.AssignOfficerAsync(DisputeRequests.Assign(dispute.Id, dispute.Version, officer))).Dispute;
        }

        if (negotiationFailed)
        {
            dispute = (await Client.DeclareNegotiationFailedAsync(DisputeRequests.Fail(dispute.Id, dispute.Version))).Dispute;
        }

        return dispute;
    }

    /// <summary>Publishes a fact as another context would.</summary>
    internal Task PublishAsync<T>(T fact)
        where T : class =>
        _bus!.Publish(fact);

    /// <summary>Waits until Agreements shows the breach with <paramref name="status"/>.</summary>
    internal Task BreachStatusAsync(string breachId, BreachStatus status) =>
        Eventually.AssertAsync(
            async () => (await Agreements.GetBreachAsync(new GetBreachRequest { BreachId = breachId })).Breach.Status == status,
            s_timeout,
            $"the breach is {status} in Agreements");

    /// <summary>Waits until Disputes' copy of the breach has <paramref name="status"/> ("Remedied", "Open" …).</summary>
    internal Task KnownBreachStatusAsync(string breachId, string status) =>
        Eventually.AssertAsync(
            async () =>
            {
                await using var scope = _disputesHost!.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DisputesDbContext>();
                return await db.Set<KnownBreach>().FindAsync(Guid.Parse(breachId)) is { } known && known.Status == status;
            },
            s_timeout,
            $"Disputes knows the breach is {status}");

    /// <summary>How many documents Disputes keeps for the case.</summary>
    internal async Task<int> DocumentCountAsync(string disputeId)
    {
        await using var scope = _disputesHost!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DisputesDbContext>();
        return await db.Set<DocumentContent>().CountAsync(d => d.DisputeId == Guid.Parse(disputeId));
    }

    /// <summary>Waits until Disputes has published DisputeResolved for the case with <paramref name="outcome"/>.</summary>
    internal Task ResolvedAsync(string disputeId, string outcome) =>
        Eventually.AssertAsync(
            () => Task.FromResult(_resolved.Any(e => e.DisputeId == Guid.Parse(disputeId) && e.Outcome == outcome)),
            s_timeout,
            $"DisputeResolved {outcome} was published");

    public async Task DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.StopAsync();
        }

        _disputesChannel?.Dispose();
        if (_disputesFactory is not null)
        {
            await _disputesFactory.DisposeAsync();
        }

        if (_agreementsFactory is not null)
        {
            await _agreementsFactory.DisposeAsync();
        }
    }

    private async Task StartOnceAsync(PlatformInfrastructure infrastructure)
    {
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        _agreementsFactory = new ServiceFactory<AgreementsGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);
        await _agreementsFactory.WaitUntilServingAsync();
        Agreements = new AgreementsService.AgreementsServiceClient(_agreementsFactory.Channel);
        var agreementsForDisputes = new AgreementsService.AgreementsServiceClient(_agreementsFactory.Channel);
        _disputesFactory = new ServiceFactory<DisputesGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);
        _disputesHost = _disputesFactory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(agreementsForDisputes);
        }));
        _disputesChannel = TestIdentity.Channel(_disputesHost.Server);
        Client = new DisputesService.DisputesServiceClient(_disputesChannel);
        await Eventually.AssertAsync(
            async () => (await new Grpc.Health.V1.Health.HealthClient(_disputesChannel).CheckAsync(new())).Status == Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving,
            s_timeout,
            "Disputes is SERVING");
        _bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, host =>
            {
                host.Username(rabbit.Username);
                host.Password(rabbit.Password);
            });
            cfg.ReceiveEndpoint("dispute-tests-resolved", e => e.Handler<DisputeResolved>(context =>
            {
                _resolved.Enqueue(context.Message);
                return Task.CompletedTask;
            }));
        });
        await (await _bus.StartAsync()).Ready;
    }
}
