using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Disputes.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>Arbitration against real PostgreSQL: the commission's case number recorded after the advance, and two officers advancing at once.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class DisputeArbitrationTests(PlatformInfrastructure infrastructure, DisputesFixture disputes)
    : IClassFixture<DisputesFixture>, IAsyncLifetime
{
    private DisputesService.DisputesServiceClient Client => disputes.Client;

    public Task InitializeAsync() => disputes.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Case_number_recorded_after_the_advance_shows_on_the_case_and_its_timeline()
    {
        var dispute = await InArbitrationWithoutCaseNumberAsync();

        var recorded = (await Client.RecordCaseNumberAsync(DisputeRequests.CaseNumber(dispute.Id, dispute.Version, "SHIAC-2026-0042"))).Dispute;

        var read = (await Client.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute;
        Assert.Equal("SHIAC-2026-0042", recorded.Arbitration.CaseNumber);
        Assert.Equal(("SHIAC-2026-0042", dispute.Version + 1), (read.Arbitration.CaseNumber, read.Version));
        var last = (await Client.GetTimelineAsync(new GetTimelineRequest { DisputeId = dispute.Id })).Entries[^1];
        Assert.Equal(("CaseNumberRecorded", DisputeRequests.Officer, "arbitration: SHIAC-2026-0042"), (last.Action, last.Actor, last.Detail));
    }

    [Fact]
    public async Task Second_case_number_is_FAILED_PRECONDITION_and_keeps_the_first()
    {
        var dispute = await InArbitrationWithoutCaseNumberAsync();
        dispute = (await Client.RecordCaseNumberAsync(DisputeRequests.CaseNumber(dispute.Id, dispute.Version, "SHIAC-2026-0042"))).Dispute;

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.RecordCaseNumberAsync(DisputeRequests.CaseNumber(dispute.Id, dispute.Version, "SHIAC-2026-0043")).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("dispute.case_number", Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations).Subject);
        var read = (await Client.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute;
        Assert.Equal(("SHIAC-2026-0042", dispute.Version), (read.Arbitration.CaseNumber, read.Version));
    }

    [Fact]
    public async Task Case_number_with_a_stale_version_is_ABORTED_and_records_nothing()
    {
        var dispute = await InArbitrationWithoutCaseNumberAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.RecordCaseNumberAsync(DisputeRequests.CaseNumber(dispute.Id, dispute.Version - 1)).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        var read = (await Client.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute;
        Assert.Equal((string.Empty, dispute.Version), (read.Arbitration.CaseNumber, read.Version));
    }

    [Fact]
    public async Task Two_officers_advancing_to_arbitration_and_to_litigation_at_once_one_wins_and_the_other_is_ABORTED()
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer, negotiationFailed: true);
        var arbitrate = DisputeRequests.Arbitrate(dispute.Id, dispute.Version);
        arbitrate.Actor = "officer-a";
        var litigate = DisputeRequests.Litigate(dispute.Id, dispute.Version);
        litigate.Actor = "officer-b";

        var outcomes = await Task.WhenAll(
            OutcomeAsync(Client.AdvanceToArbitrationAsync(arbitrate).ResponseAsync),
            OutcomeAsync(Client.AdvanceToLitigationAsync(litigate).ResponseAsync));

        Assert.Equal([StatusCode.OK, StatusCode.Aborted], outcomes.Order());
        var read = (await Client.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute;
        Assert.Equal(dispute.Version + 1, read.Version);
        var timeline = (await Client.GetTimelineAsync(new GetTimelineRequest { DisputeId = dispute.Id })).Entries;
        var stageChange = Assert.Single(timeline, e => e.Action is "MovedToArbitration" or "MovedToLitigation");
        Assert.Equal(read.Stage, stageChange.Stage);
    }

    private async Task<Dispute> InArbitrationWithoutCaseNumberAsync()
    {
        var failed = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer, negotiationFailed: true);
        var dispute = (await Client.AdvanceToArbitrationAsync(DisputeRequests.Arbitrate(failed.Id, failed.Version))).Dispute;
        Assert.Equal((DisputeStage.Arbitration, string.Empty), (dispute.Stage, dispute.Arbitration.CaseNumber));
        return dispute;
    }

    private static async Task<StatusCode> OutcomeAsync(Task call)
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
    }
}
