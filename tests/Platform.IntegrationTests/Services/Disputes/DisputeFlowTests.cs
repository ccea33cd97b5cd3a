using Grpc.Core;
using Grpc.Net.Client;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Platform.Agreements.Grpc;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Disputes.V1;
using Platform.Disputes.Grpc;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>
/// Flow 7 with Agreements and Disputes running side by side on one virtual host: a breach Agreements
/// determines is disputed, negotiated until its period expires (Disputes' clock is moved forward), arbitrated
/// and awarded, and the breach ends settled in Agreements.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class DisputeFlowTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const string Officer = "officer-li";
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);
    private static readonly string[] s_racingOfficers = ["officer-a", "officer-b"];

    private readonly BreachClock _clock = new();
    private ServiceFactory<AgreementsGrpcService> _agreementsFactory = null!;
    private ServiceFactory<DisputesGrpcService> _disputesFactory = null!;
    private WebApplicationFactory<DisputesGrpcService> _disputesHost = null!;
    private GrpcChannel _disputesChannel = null!;
    private IBusControl _bus = null!;
    private AgreementsService.AgreementsServiceClient _agreements = null!;
    private DisputesService.DisputesServiceClient _disputes = null!;

    public async Task InitializeAsync()
    {
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        _agreementsFactory = new ServiceFactory<AgreementsGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);
        _disputesFactory = new ServiceFactory<DisputesGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);
        _disputesHost = _disputesFactory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
        _disputesChannel = TestIdentity.Channel(_disputesHost.Server);
        _disputes = new DisputesService.DisputesServiceClient(_disputesChannel);
        await Eventually.AssertAsync(
            async () => (await new Grpc.Health.V1.Health.HealthClient(_disputesChannel).CheckAsync(new())).Status == Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving,
            s_timeout,
            "Disputes is SERVING");
        await _agreementsFactory.WaitUntilServingAsync();
        _agreements = new AgreementsService.AgreementsServiceClient(_agreementsFactory.Channel);
        _bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, host =>
        {
            host.Username(rabbit.Username);
            host.Password(rabbit.Password);
        }));
        await (await _bus.StartAsync()).Ready;
    }

    public async Task DisposeAsync()
    {
        await _bus.StopAsync();
        _disputesChannel.Dispose();
        await _disputesFactory.DisposeAsync();
        await _agreementsFactory.DisposeAsync();
    }

    [Fact]
    public async Task Breach_disputed_through_expired_negotiation_to_an_award_ends_settled_in_Agreements()
    {
        var (agreementId, breachId) = await BreachKnownToDisputesAsync();

        var dispute = (await _disputes.OpenDisputeAsync(OpenRequest(agreementId, breachId))).Dispute;
        await BreachStatusAsync(breachId, BreachStatus.Disputed);
        dispute = (await _disputes.AssignOfficerAsync(new AssignOfficerRequest { DisputeId = dispute.Id, Version = dispute.Version, Actor = "head-of-disputes", Officer = Officer })).Dispute;
        var early = await Assert.ThrowsAsync<RpcException>(() => _disputes.AdvanceToArbitrationAsync(new AdvanceToArbitrationRequest { DisputeId = dispute.Id, Version = dispute.Version, Actor = Officer }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);

        // The negotiation period (30 days in the terms) passes.
        _clock.Advance(TimeSpan.FromDays(30));
        await Eventually.AssertAsync(
            async () => (dispute = (await _disputes.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute).Version > 2,
            s_timeout,
            "the negotiation deadline fired");
        Assert.Equal(NegotiationState.Expired, dispute.NegotiationState);
        dispute = (await _disputes.AdvanceToArbitrationAsync(new AdvanceToArbitrationRequest { DisputeId = dispute.Id, Version = dispute.Version, Actor = Officer, CaseNumber = "SHIAC-2026-0042" })).Dispute;
        dispute = (await _disputes.RecordAwardAsync(new RecordAwardRequest { DisputeId = dispute.Id, Version = dispute.Version, Actor = Officer, AwardDate = "2027-01-15", Summary = "Credit of two months' fees" })).Dispute;

        Assert.Equal((DisputeStage.Arbitration, DisputeStatus.Awarded), (dispute.Stage, dispute.Status));
        await BreachStatusAsync(breachId, BreachStatus.Settled);
        var timeline = (await _disputes.GetTimelineAsync(new GetTimelineRequest { DisputeId = dispute.Id })).Entries;
        Assert.Equal(Enumerable.Range(1, timeline.Count), timeline.Select(e => e.Sequence));
        Assert.Contains(timeline, e => e.Actor == Officer && e.Stage == DisputeStage.Arbitration);
    }

    [Fact]
    public async Task Two_officers_advancing_the_same_case_at_once_one_wins_and_the_other_is_ABORTED()
    {
        var (agreementId, breachId) = await BreachKnownToDisputesAsync();
        var dispute = (await _disputes.OpenDisputeAsync(OpenRequest(agreementId, breachId))).Dispute;

        var calls = s_racingOfficers.Select(officer =>
            _disputes.AssignOfficerAsync(new AssignOfficerRequest { DisputeId = dispute.Id, Version = dispute.Version, Actor = "head-of-disputes", Officer = officer }).ResponseAsync).ToList();
        var outcomes = await Task.WhenAll(calls.Select(async call =>
        {
            try
            {
                await call;
                return StatusCode.OK;
            }
            catch (RpcException ex)
            {
                return ex.StatusCode;
            }
        }));

        Assert.Equal([StatusCode.OK, StatusCode.Aborted], outcomes.Order());
    }

    [Fact]
    public async Task Dispute_on_a_breach_Disputes_has_not_heard_of_is_refused_and_nothing_is_opened()
    {
        var agreement = await AgreementRequests.CreateSignedAsync(_agreements);
        var agreementId = Guid.Parse(agreement.Id);
        await EligibleAsync(agreementId);

        var error = await Assert.ThrowsAsync<RpcException>(() => _disputes.OpenDisputeAsync(OpenRequest(agreementId, Guid.NewGuid())).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Empty((await _disputes.ListDisputesAsync(new ListDisputesRequest { AgreementId = agreement.Id })).Disputes);
    }

    private static OpenDisputeRequest OpenRequest(Guid agreementId, Guid breachId) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        AgreementId = agreementId.ToString(),
        Claimant = new Party { Name = "Globex Corporation", Role = PartyRole.Customer },
        Respondent = new Party { Name = "ACME Services Ltd", Role = PartyRole.Promisor },
        Subject = "Late first responses",
        Claims = { new Claim { Text = "Compensation for late responses", Amount = new Contracts.Common.V1.Money { Amount = "5000", CurrencyCode = "CNY" } } },
        BreachIds = { breachId.ToString() },
        Actor = "intake-desk",
    };

    /// <summary>A signed agreement with a breach Agreements determined (a missed first response) that Disputes has received.</summary>
    private async Task<(Guid AgreementId, Guid BreachId)> BreachKnownToDisputesAsync()
    {
        var agreement = await AgreementRequests.CreateSignedAsync(_agreements);
        var agreementId = Guid.Parse(agreement.Id);
        await EligibleAsync(agreementId);
        await _bus.Publish(BreachFacts.MissedClock(agreement.Id, dueAt: DateTimeOffset.UtcNow));
        Breach? breach = null;
        await Eventually.AssertAsync(
            async () => (breach = (await _agreements.ListBreachesAsync(new ListBreachesRequest { AgreementId = agreement.Id })).Breaches.FirstOrDefault()) is not null,
            s_timeout,
            "Agreements determined the breach");
        var breachId = Guid.Parse(breach!.Id);
        await Eventually.AssertAsync(
            async () =>
            {
                await using var scope = _disputesHost.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<Platform.Disputes.Data.DisputesDbContext>();
                return await db.Set<Platform.Disputes.Domain.Breaches.KnownBreach>().FindAsync(breachId) is { IsDetermined: true };
            },
            s_timeout,
            "Disputes knows the breach");
        return (agreementId, breachId);
    }

    private Task EligibleAsync(Guid agreementId) =>
        Eventually.AssertAsync(
            async () => (await _disputes.GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreementId.ToString() })).Eligibility.Eligible,
            s_timeout,
            "Disputes accepts the agreement");

    private Task BreachStatusAsync(Guid breachId, BreachStatus status) =>
        Eventually.AssertAsync(
            async () => (await _agreements.GetBreachAsync(new GetBreachRequest { BreachId = breachId.ToString() })).Breach.Status == status,
            s_timeout,
            $"the breach is {status} in Agreements");
}
