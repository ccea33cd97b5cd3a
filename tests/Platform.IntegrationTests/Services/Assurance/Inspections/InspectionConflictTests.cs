using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Inspections;

/// <summary>What the Inspections RPCs answer to unknown records, stale versions, reused request ids and refused transitions.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class InspectionConflictTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private InspectionsService.InspectionsServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Unknown_records_are_NOT_FOUND()
    {
        var unknown = Guid.NewGuid().ToString();
        var finding = await Client.FindingAsync();
        var officer = InspectionRequests.Officer;

        await AssertCodeAsync(StatusCode.NotFound, () => Client.GetInspectionAsync(new GetInspectionRequest { InspectionId = unknown }).ResponseAsync);
        await AssertCodeAsync(StatusCode.NotFound, () => Client.GetFindingAsync(new GetFindingRequest { FindingId = unknown }).ResponseAsync);
        await AssertCodeAsync(
            StatusCode.NotFound,
            () => Client.AddFindingAsync(new AddFindingRequest { RequestId = unknown, InspectionId = unknown, Finding = InspectionRequests.Finding(FindingClass.PrivacyLeak), Actor = officer }).ResponseAsync);
        await AssertCodeAsync(StatusCode.NotFound, () => Client.AddCorrectiveActionAsync(new(InspectionRequests.Action(finding)) { FindingId = unknown }).ResponseAsync);
        await AssertCodeAsync(StatusCode.NotFound, () => Client.CloseFindingAsync(new CloseFindingRequest { FindingId = unknown, Version = 1, Actor = officer, Note = "n" }).ResponseAsync);
        await AssertCodeAsync(
            StatusCode.NotFound,
            () => Client.CloseCorrectiveActionAsync(new CloseCorrectiveActionRequest { FindingId = finding.Id, ActionId = unknown, Version = 1, Actor = officer, Evidence = "e" }).ResponseAsync);
    }

    [Fact]
    public async Task Change_at_a_stale_version_is_ABORTED_and_changes_nothing()
    {
        var finding = await Client.FindingAsync();

        await AssertCodeAsync(StatusCode.Aborted, () => Client.AddCorrectiveActionAsync(new(InspectionRequests.Action(finding)) { Version = 4 }).ResponseAsync);
        await AssertCodeAsync(
            StatusCode.Aborted,
            () => Client.CloseFindingAsync(new CloseFindingRequest { FindingId = finding.Id, Version = 2, Actor = InspectionRequests.Officer, Note = "n" }).ResponseAsync);

        var unchanged = (await Client.GetFindingAsync(new GetFindingRequest { FindingId = finding.Id })).Finding;
        Assert.Equal((1L, FindingStatus.Open, 0), (unchanged.Version, unchanged.Status, unchanged.Actions.Count));
    }

    [Fact]
    public async Task Closing_an_action_at_a_stale_version_is_ABORTED_and_changes_nothing()
    {
        var finding = (await Client.AddCorrectiveActionAsync(InspectionRequests.Action(await Client.FindingAsync()))).Finding;

        await AssertCodeAsync(
            StatusCode.Aborted,
            () => Client.CloseCorrectiveActionAsync(new CloseCorrectiveActionRequest
            {
                FindingId = finding.Id, ActionId = finding.Actions[0].Id, Version = finding.Version - 1, Actor = InspectionRequests.Officer, Evidence = "Done.",
            }).ResponseAsync);

        var unchanged = (await Client.GetFindingAsync(new GetFindingRequest { FindingId = finding.Id })).Finding;
        Assert.Equal((finding.Version, FindingStatus.Open), (unchanged.Version, unchanged.Status));
        Assert.Equal(finding.Actions[0], Assert.Single(unchanged.Actions));
    }

    [Fact]
    public async Task Reused_request_ids_with_other_content_are_ALREADY_EXISTS()
    {
        var promisorId = AssuranceFixture.NewPromisor();
        var inspection = InspectionRequests.Inspection(promisorId, FindingClass.ForcedSelling);
        var recorded = await Client.RecordInspectionAsync(inspection);
        var addFinding = new AddFindingRequest
        {
            RequestId = Guid.NewGuid().ToString(), InspectionId = recorded.Inspection.Id, Finding = InspectionRequests.Finding(FindingClass.Concealment), Actor = InspectionRequests.Officer,
        };
        await Client.AddFindingAsync(addFinding);
        var action = InspectionRequests.Action(recorded.Findings[0]);
        await Client.AddCorrectiveActionAsync(action);

        await AssertCodeAsync(StatusCode.AlreadyExists, () => Client.RecordInspectionAsync(new(inspection) { Department = "Another department" }).ResponseAsync);
        await AssertCodeAsync(StatusCode.AlreadyExists, () => Client.AddFindingAsync(new(addFinding) { Finding = InspectionRequests.Finding(FindingClass.PrivacyLeak) }).ResponseAsync);
        await AssertCodeAsync(StatusCode.AlreadyExists, () => Client.AddCorrectiveActionAsync(new(action) { Owner = "Someone else" }).ResponseAsync);

        Assert.Single((await Client.ListInspectionsAsync(new ListInspectionsRequest { PromisorId = promisorId })).Inspections);
        Assert.Equal(2, (await Client.ListFindingsAsync(new ListFindingsRequest { PromisorId = promisorId })).Findings.Count);
        Assert.Single((await Client.GetFindingAsync(new GetFindingRequest { FindingId = recorded.Findings[0].Id })).Finding.Actions);
    }

    [Fact]
    public async Task Finding_with_an_open_action_cannot_be_closed_explicitly_and_a_closed_one_takes_no_action()
    {
        var finding = (await Client.AddCorrectiveActionAsync(InspectionRequests.Action(await Client.FindingAsync()))).Finding;

        var error = await AssertCodeAsync(
            StatusCode.FailedPrecondition,
            () => Client.CloseFindingAsync(new CloseFindingRequest { FindingId = finding.Id, Version = finding.Version, Actor = InspectionRequests.Officer, Note = "n" }).ResponseAsync);
        var closed = (await Client.CloseCorrectiveActionAsync(new CloseCorrectiveActionRequest
        {
            FindingId = finding.Id, ActionId = finding.Actions[0].Id, Version = finding.Version, Actor = InspectionRequests.Officer, Evidence = "Done.",
        })).Finding;
        var refused = await AssertCodeAsync(StatusCode.FailedPrecondition, () => Client.AddCorrectiveActionAsync(InspectionRequests.Action(closed)).ResponseAsync);

        Assert.Equal("finding.actions_open", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal(FindingStatus.Closed, closed.Status);
        Assert.Equal("finding.status", refused.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations[0].Subject);
    }

    private static async Task<RpcException> AssertCodeAsync(StatusCode code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, error.StatusCode);
        return error;
    }
}
