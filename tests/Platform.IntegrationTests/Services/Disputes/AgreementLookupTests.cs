using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Platform.Agreements.Grpc;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Disputes.V1;
using Platform.Disputes.Grpc;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>
/// A case opened under an agreement whose facts have not reached Disputes: Disputes asks Agreements over gRPC,
/// and says UNAVAILABLE when it cannot. Here the two services are on different virtual hosts, so no fact ever
/// arrives.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class AgreementLookupTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private ServiceFactory<AgreementsGrpcService> _agreements = null!;

    public async Task InitializeAsync()
    {
        _agreements = new ServiceFactory<AgreementsGrpcService>(await infrastructure.CreateDatabaseAsync(), await infrastructure.CreateVirtualHostAsync());
        await _agreements.WaitUntilServingAsync();
    }

    public async Task DisposeAsync() => await _agreements.DisposeAsync();

    [Fact]
    public async Task Agreement_not_heard_of_yet_is_looked_up_in_Agreements_and_the_case_opens()
    {
        var agreement = await AgreementRequests.CreateSignedAsync(new AgreementsService.AgreementsServiceClient(_agreements.Channel));
        await using var disputes = await StartDisputesAsync(_agreements.Server.BaseAddress, _agreements.Server.CreateHandler());
        var client = new DisputesService.DisputesServiceClient(disputes.Channel);
        Assert.False((await client.GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreement.Id })).Eligibility.Known);

        var dispute = (await client.OpenDisputeAsync(Open(agreement.Id))).Dispute;

        Assert.Equal((DisputeStage.Negotiation, 30, "Shanghai International Arbitration Center"), (dispute.Stage, dispute.Terms.NegotiationMaxDays, dispute.Terms.ArbitrationCommission));
    }

    [Fact]
    public async Task Agreement_not_heard_of_while_Agreements_cannot_be_reached_is_UNAVAILABLE_and_nothing_is_opened()
    {
        await using var disputes = await StartDisputesAsync(new Uri("http://127.0.0.1:1"), handler: null);
        var client = new DisputesService.DisputesServiceClient(disputes.Channel);
        var agreementId = Guid.NewGuid().ToString();

        var error = await Assert.ThrowsAsync<RpcException>(() => client.OpenDisputeAsync(Open(agreementId)).ResponseAsync);

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Contains(agreementId, error.Status.Detail, StringComparison.Ordinal);
        Assert.Empty((await client.ListDisputesAsync(new ListDisputesRequest { AgreementId = agreementId })).Disputes);
    }

    [Fact]
    public async Task Agreement_Agreements_does_not_have_either_is_FAILED_PRECONDITION()
    {
        await using var disputes = await StartDisputesAsync(_agreements.Server.BaseAddress, _agreements.Server.CreateHandler());
        var client = new DisputesService.DisputesServiceClient(disputes.Channel);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.OpenDisputeAsync(Open(Guid.NewGuid().ToString())).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    private static OpenDisputeRequest Open(string agreementId) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        AgreementId = agreementId,
        Claimant = new Party { Name = "Globex Corporation", Role = PartyRole.Customer },
        Respondent = new Party { Name = "ACME Services Ltd", Role = PartyRole.Promisor },
        Subject = "Service credits",
        Claims = { new Claim { Text = "Credits for the outage" } },
        Actor = "intake-desk",
    };

    /// <summary>A Disputes host on its own database and virtual host whose Agreements client goes to <paramref name="agreements"/>.</summary>
    private async Task<DisputesHost> StartDisputesAsync(Uri agreements, HttpMessageHandler? handler)
    {
        var factory = new ServiceFactory<DisputesGrpcService>(await infrastructure.CreateDatabaseAsync(), await infrastructure.CreateVirtualHostAsync());
        var host = factory.WithWebHostBuilder(web =>
        {
            web.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Services:Agreements"] = agreements.ToString(),
                ["GrpcClients:Resilience:RetryBaseDelay"] = "00:00:00.050",
            }));
            if (handler is not null)
            {
                web.ConfigureTestServices(services => services.Configure<HttpClientFactoryOptions>(
                    typeof(AgreementsService.AgreementsServiceClient).Name,
                    options => options.HttpMessageHandlerBuilderActions.Add(builder => builder.PrimaryHandler = handler)));
            }
        });
        var channel = TestIdentity.Channel(host.Server);
        return new DisputesHost(factory, channel);
    }

    private sealed class DisputesHost(ServiceFactory<DisputesGrpcService> factory, GrpcChannel channel) : IAsyncDisposable
    {
        public GrpcChannel Channel => channel;

        public async ValueTask DisposeAsync()
        {
            channel.Dispose();
            await factory.DisposeAsync();
        }
    }
}
