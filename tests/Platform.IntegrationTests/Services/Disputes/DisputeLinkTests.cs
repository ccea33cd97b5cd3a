using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Disputes.V1;
using Platform.Contracts.Events.Complaints;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>What a case links to in the other contexts, and what its end tells Agreements.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class DisputeLinkTests(PlatformInfrastructure infrastructure, DisputesFixture disputes)
    : IClassFixture<DisputesFixture>, IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    private DisputesService.DisputesServiceClient Client => disputes.Client;

    public Task InitializeAsync() => disputes.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Complaint_filed_under_the_agreement_can_be_linked_to_a_case()
    {
        var agreementId = await disputes.ActiveAgreementAsync();
        var complaintId = Guid.NewGuid();
        await disputes.PublishAsync(Filed(complaintId, agreementId));
        var request = DisputeRequests.Open(agreementId);
        request.ComplaintIds.Add(complaintId.ToString());

        Dispute? dispute = null;
        await Eventually.AssertAsync(
            async () =>
            {
                try
                {
                    dispute = (await Client.OpenDisputeAsync(request)).Dispute;
                    return true;
                }
                catch (RpcException ex) when (ex.StatusCode == StatusCode.FailedPrecondition)
                {
                    return false;
                }
            },
            s_timeout,
            "the complaint's filing reached Disputes");

        Assert.Equal(complaintId.ToString(), Assert.Single(dispute!.ComplaintIds));
    }

    [Fact]
    public async Task Complaint_of_another_agreement_or_unknown_is_refused_and_nothing_is_opened()
    {
        var agreementId = await disputes.ActiveAgreementAsync();
        var request = DisputeRequests.Open(agreementId);
        request.ComplaintIds.Add(Guid.NewGuid().ToString());

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.OpenDisputeAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("complaint_ids", Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations).Subject);
        Assert.Empty((await Client.ListDisputesAsync(new ListDisputesRequest { AgreementId = agreementId })).Disputes);
    }

    [Fact]
    public async Task Settlement_publishes_DisputeResolved_Settled_and_the_breach_is_settled_in_Agreements()
    {
        var (agreementId, breachId) = await disputes.BreachAsync();
        var dispute = await disputes.OpenDisputeAsync(agreementId, breachId);

        await Client.RecordSettlementAsync(DisputeRequests.Settle(dispute.Id, dispute.Version));

        await disputes.ResolvedAsync(dispute.Id, "Settled");
        await disputes.BreachStatusAsync(breachId, BreachStatus.Settled);
    }

    [Fact]
    public async Task Withdrawal_returns_the_breach_to_the_status_it_had_before_in_Agreements()
    {
        var (agreementId, breachId) = await disputes.BreachAsync();
        var breach = (await disputes.Agreements.GetBreachAsync(new GetBreachRequest { BreachId = breachId })).Breach;
        await disputes.Agreements.AcknowledgeBreachAsync(new AcknowledgeBreachRequest { BreachId = breachId, Version = breach.Version, AcknowledgedBy = "promisor-desk" });
        var dispute = await disputes.OpenDisputeAsync(agreementId, breachId);
        await disputes.BreachStatusAsync(breachId, BreachStatus.Disputed);

        await Client.WithdrawDisputeAsync(DisputeRequests.Withdraw(dispute.Id, dispute.Version));

        await disputes.ResolvedAsync(dispute.Id, "Withdrawn");
        await disputes.BreachStatusAsync(breachId, BreachStatus.Acknowledged);
        Assert.Equal(dispute.Id, (await disputes.Agreements.GetBreachAsync(new GetBreachRequest { BreachId = breachId })).Breach.DisputeId);
    }

    private static ComplaintFiled Filed(Guid complaintId, string agreementId) => new()
    {
        ComplaintId = complaintId,
        AgreementId = Guid.Parse(agreementId),
        ComplaintVersion = 1,
        Actor = "intake",
        Channel = "Written",
        Category = "billing",
        Severity = "Normal",
        ReceivedAt = DateTimeOffset.UtcNow,
        TermsVersion = 1,
        FirstResponseDueAt = DateTimeOffset.UtcNow.AddHours(2),
        SolutionOrUpdateDueAt = DateTimeOffset.UtcNow.AddHours(24),
        OccurredAt = DateTimeOffset.UtcNow,
    };
}
