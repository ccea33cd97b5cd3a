using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Disputes.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>What every RPC that takes a dispute answers to a dispute id that is missing, malformed or unknown, and to a stale version.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class DisputeRequestErrorTests(PlatformInfrastructure infrastructure, DisputesFixture disputes)
    : IClassFixture<DisputesFixture>, IAsyncLifetime
{
    private static readonly string[] s_malformedIds = [string.Empty, "not-a-uuid"];

    private DisputesService.DisputesServiceClient Client => disputes.Client;

    public static TheoryData<string> RpcsTakingADisputeId => ["GetDispute", "GetTimeline", .. DisputeRequests.ChangeRpcs];

    public static TheoryData<string> ChangeRpcs => [.. DisputeRequests.ChangeRpcs];

    public Task InitializeAsync() => disputes.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(RpcsTakingADisputeId))]
    public async Task Missing_or_malformed_dispute_id_is_INVALID_ARGUMENT_naming_it(string rpc)
    {
        foreach (var disputeId in s_malformedIds)
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => Client.CallAsync(rpc, disputeId));

            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Equal("dispute_id", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        }
    }

    [Theory]
    [MemberData(nameof(RpcsTakingADisputeId))]
    public async Task Unknown_dispute_is_NOT_FOUND(string rpc)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Client.CallAsync(rpc, Guid.NewGuid().ToString()));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ChangeRpcs))]
    public async Task Change_with_a_stale_version_is_ABORTED_and_changes_nothing(string rpc)
    {
        var dispute = await disputes.OpenDisputeAsync(await disputes.ActiveAgreementAsync(), officer: DisputeRequests.Officer);

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.CallAsync(rpc, dispute.Id, dispute.Version - 1));

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Equal(dispute.Version, (await Client.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute.Version);
    }
}
