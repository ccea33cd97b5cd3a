using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Interruptions;

/// <summary>What every interruption RPC answers to an id that is missing, malformed or unknown, and listings to bad filters.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class InterruptionRequestErrorTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private InterruptionsService.InterruptionsServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> RpcsTakingAnInterruptionId => ["GetInterruption", "ReportInterruptionEnded", "CorrectInterruption"];

    [Theory]
    [MemberData(nameof(RpcsTakingAnInterruptionId))]
    public async Task Missing_or_malformed_interruption_id_is_INVALID_ARGUMENT_naming_it(string rpc)
    {
        foreach (var interruptionId in new[] { string.Empty, "not-a-uuid" })
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => Call(rpc, interruptionId));

            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Equal("interruption_id", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        }
    }

    [Theory]
    [MemberData(nameof(RpcsTakingAnInterruptionId))]
    public async Task Unknown_interruption_is_NOT_FOUND(string rpc)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Call(rpc, Guid.NewGuid().ToString()));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Theory]
    [InlineData("page_size")]
    [InlineData("page_token")]
    [InlineData("period_end")]
    public async Task Listing_with_a_bad_filter_is_INVALID_ARGUMENT_naming_it(string field)
    {
        var request = new ListInterruptionsRequest();
        switch (field)
        {
            case "page_size": request.PageSize = -1; break;
            case "page_token": request.PageToken = "not-a-token"; break;
            case "period_end":
                request.PeriodStart = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
                request.PeriodEnd = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1));
                break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.ListInterruptionsAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    /// <summary>Calls <paramref name="rpc"/> with an otherwise valid request.</summary>
    private Task Call(string rpc, string interruptionId) => rpc switch
    {
        "GetInterruption" => Client.GetInterruptionAsync(new GetInterruptionRequest { InterruptionId = interruptionId }).ResponseAsync,
        "ReportInterruptionEnded" => Client.ReportInterruptionEndedAsync(new ReportInterruptionEndedRequest
        {
            InterruptionId = interruptionId, Version = 1, EndedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow), Actor = InterruptionCalls.Operator,
        }).ResponseAsync,
        "CorrectInterruption" => Client.CorrectInterruptionAsync(new CorrectInterruptionRequest
        {
            InterruptionId = interruptionId, Version = 1, CausedByPromisor = false, Reason = "Carrier fault", Actor = InterruptionCalls.Operator,
        }).ResponseAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "Not an RPC taking an interruption id."),
    };
}
