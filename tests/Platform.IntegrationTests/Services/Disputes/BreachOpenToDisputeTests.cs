using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Disputes.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>
/// A case is opened only on a breach still open to one: not held by another case, not settled, not remedied;
/// a withdrawn case frees its breach for a new one.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class BreachOpenToDisputeTests(PlatformInfrastructure infrastructure, DisputesFixture disputes)
    : IClassFixture<DisputesFixture>, IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    private DisputesService.DisputesServiceClient Client => disputes.Client;

    public Task InitializeAsync() => disputes.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Second_case_on_a_breach_an_open_case_holds_is_FAILED_PRECONDITION_naming_that_case()
    {
        var (agreementId, breachId) = await disputes.BreachAsync();
        var first = await disputes.OpenDisputeAsync(agreementId, breachId);

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.OpenDisputeAsync(DisputeRequests.Open(agreementId, breachId)).ResponseAsync);

        AssertRefused(error, $"Breach {breachId} is already disputed in case {first.Id}");
        await OnlyCaseAsync(agreementId, first.Id);
    }

    [Fact]
    public async Task Cases_opened_on_one_breach_at_the_same_moment_open_one_and_refuse_the_others_naming_it()
    {
        var (agreementId, breachId) = await disputes.BreachAsync();

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                return (Dispute: (Dispute?)(await Client.OpenDisputeAsync(DisputeRequests.Open(agreementId, breachId))).Dispute, Error: (RpcException?)null);
            }
            catch (RpcException error)
            {
                return (Dispute: (Dispute?)null, Error: (RpcException?)error);
            }
        }));

        var opened = Assert.Single(attempts, a => a.Dispute is not null).Dispute!;
        foreach (var (_, error) in attempts.Where(a => a.Dispute is null))
        {
            AssertRefused(error!, $"Breach {breachId} is already disputed in case {opened.Id}");
        }

        await OnlyCaseAsync(agreementId, opened.Id);
    }

    [Fact]
    public async Task Case_on_a_breach_a_settled_case_held_is_FAILED_PRECONDITION()
    {
        var (agreementId, breachId) = await disputes.BreachAsync();
        var settled = await disputes.OpenDisputeAsync(agreementId, breachId);
        await Client.RecordSettlementAsync(DisputeRequests.Settle(settled.Id, settled.Version));

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.OpenDisputeAsync(DisputeRequests.Open(agreementId, breachId)).ResponseAsync);

        AssertRefused(error, $"Breach {breachId} is settled");
        await OnlyCaseAsync(agreementId, settled.Id);
    }

    [Fact]
    public async Task Case_on_a_breach_Agreements_reports_remedied_is_FAILED_PRECONDITION()
    {
        var (agreementId, breachId) = await disputes.BreachAsync();
        var breach = (await disputes.Agreements.GetBreachAsync(new GetBreachRequest { BreachId = breachId })).Breach;
        breach = (await disputes.Agreements.AcknowledgeBreachAsync(new AcknowledgeBreachRequest { BreachId = breachId, Version = breach.Version, AcknowledgedBy = "promisor-desk" })).Breach;
        await disputes.Agreements.MarkBreachRemediedAsync(new MarkBreachRemediedRequest { BreachId = breachId, Version = breach.Version, RemediedBy = "promisor-desk", Note = "Called back" });
        await disputes.KnownBreachStatusAsync(breachId, "Remedied");

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.OpenDisputeAsync(DisputeRequests.Open(agreementId, breachId)).ResponseAsync);

        AssertRefused(error, $"Breach {breachId} is remedied");
        Assert.Empty((await Client.ListDisputesAsync(new ListDisputesRequest { AgreementId = agreementId })).Disputes);
    }

    [Fact]
    public async Task Breach_of_a_withdrawn_case_can_be_disputed_in_a_new_case_once_Agreements_released_it()
    {
        var (agreementId, breachId) = await disputes.BreachAsync();
        var withdrawn = await disputes.OpenDisputeAsync(agreementId, breachId);
        await disputes.BreachStatusAsync(breachId, BreachStatus.Disputed);
        await Client.WithdrawDisputeAsync(DisputeRequests.Withdraw(withdrawn.Id, withdrawn.Version));
        await disputes.BreachStatusAsync(breachId, BreachStatus.Open);
        await disputes.KnownBreachStatusAsync(breachId, "Open");

        var second = (await Client.OpenDisputeAsync(DisputeRequests.Open(agreementId, breachId))).Dispute;

        await Eventually.AssertAsync(
            async () => (await disputes.Agreements.GetBreachAsync(new GetBreachRequest { BreachId = breachId })).Breach is { Status: BreachStatus.Disputed } b && b.DisputeId == second.Id,
            s_timeout,
            "Agreements marked the breach disputed in the new case");
    }

    private static void AssertRefused(RpcException error, string rule)
    {
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("breach_ids", Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations).Subject);
        Assert.Contains(rule, error.Status.Detail, StringComparison.Ordinal);
    }

    private async Task OnlyCaseAsync(string agreementId, string disputeId) =>
        Assert.Equal(disputeId, Assert.Single((await Client.ListDisputesAsync(new ListDisputesRequest { AgreementId = agreementId })).Disputes).Id);
}
