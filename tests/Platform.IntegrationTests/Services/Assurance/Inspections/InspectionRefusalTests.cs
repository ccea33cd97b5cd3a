using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Inspections;

/// <summary>Bad input to every Inspections RPC: INVALID_ARGUMENT naming the field, and nothing stored or changed.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class InspectionRefusalTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private InspectionsService.InspectionsServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> InspectionFields =>
    [
        "request_id", "promisor_id", "kind", "department", "inspector", "inspected_at", "notes", "actor", "findings[1].class", "findings[0].description",
    ];

    [Theory]
    [MemberData(nameof(InspectionFields))]
    public async Task Invalid_inspection_is_INVALID_ARGUMENT_naming_the_field_and_stores_nothing(string field)
    {
        var promisorId = AssuranceFixture.NewPromisor();
        var request = InspectionRequests.Inspection(promisorId, FindingClass.PrivacyLeak, FindingClass.ForcedSelling);
        Action<RecordInspectionRequest> breakIt = field switch
        {
            "request_id" => r => r.RequestId = "not-a-uuid",
            "promisor_id" => r => r.PromisorId = string.Empty,
            "kind" => r => r.Kind = InspectionKind.Unspecified,
            "department" => r => r.Department = " ",
            "inspector" => r => r.Inspector = new string('i', 301),
            "inspected_at" => r => r.InspectedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(1)),
            "notes" => r => r.Notes = new string('n', 10_001),
            "actor" => r => r.Actor = string.Empty,
            "findings[1].class" => r => r.Findings[1].Class = FindingClass.Unspecified,
            _ => r => r.Findings[0].Description = string.Empty,
        };
        breakIt(request);

        await AssertInvalidAsync(field, () => Client.RecordInspectionAsync(request).ResponseAsync);

        Assert.Empty((await Client.ListInspectionsAsync(new ListInspectionsRequest { PromisorId = promisorId })).Inspections);
        Assert.Empty((await Client.ListFindingsAsync(new ListFindingsRequest { PromisorId = promisorId })).Findings);
    }

    [Fact]
    public async Task Invalid_added_finding_is_INVALID_ARGUMENT_naming_the_field_and_stores_nothing()
    {
        var finding = await Client.FindingAsync();
        var add = new AddFindingRequest
        {
            RequestId = Guid.NewGuid().ToString(), InspectionId = finding.InspectionId, Finding = InspectionRequests.Finding(FindingClass.Concealment), Actor = InspectionRequests.Officer,
        };

        await AssertInvalidAsync("request_id", () => Client.AddFindingAsync(new(add) { RequestId = string.Empty }).ResponseAsync);
        await AssertInvalidAsync("inspection_id", () => Client.AddFindingAsync(new(add) { InspectionId = "x" }).ResponseAsync);
        await AssertInvalidAsync("finding", () => Client.AddFindingAsync(new(add) { Finding = null }).ResponseAsync);
        await AssertInvalidAsync("finding.class", () => Client.AddFindingAsync(new(add) { Finding = new FindingInput { Description = "x" } }).ResponseAsync);
        await AssertInvalidAsync("finding.description", () => Client.AddFindingAsync(new(add) { Finding = new FindingInput { Class = FindingClass.Concealment } }).ResponseAsync);
        await AssertInvalidAsync("actor", () => Client.AddFindingAsync(new(add) { Actor = " " }).ResponseAsync);

        Assert.Single((await Client.ListFindingsAsync(new ListFindingsRequest { InspectionId = finding.InspectionId })).Findings);
    }

    [Fact]
    public async Task Invalid_changes_of_a_finding_are_INVALID_ARGUMENT_naming_the_field_and_change_nothing()
    {
        var finding = await Client.FindingAsync();
        var add = InspectionRequests.Action(finding);
        var close = new CloseFindingRequest { FindingId = finding.Id, Version = 1, Actor = InspectionRequests.Officer, Note = "Done." };
        var closeAction = new CloseCorrectiveActionRequest { FindingId = finding.Id, ActionId = Guid.NewGuid().ToString(), Version = 1, Actor = InspectionRequests.Officer, Evidence = "Done." };

        await AssertInvalidAsync("request_id", () => Client.AddCorrectiveActionAsync(new(add) { RequestId = "x" }).ResponseAsync);
        await AssertInvalidAsync("finding_id", () => Client.AddCorrectiveActionAsync(new(add) { FindingId = string.Empty }).ResponseAsync);
        await AssertInvalidAsync("description", () => Client.AddCorrectiveActionAsync(new(add) { Description = " " }).ResponseAsync);
        await AssertInvalidAsync("owner", () => Client.AddCorrectiveActionAsync(new(add) { Owner = string.Empty }).ResponseAsync);
        await AssertInvalidAsync("due_at", () => Client.AddCorrectiveActionAsync(new(add) { DueAt = null }).ResponseAsync);
        await AssertInvalidAsync("due_at", () => Client.AddCorrectiveActionAsync(new(add) { DueAt = Timestamp.FromDateTimeOffset(finding.InspectedAt.ToDateTimeOffset().AddDays(-1)) }).ResponseAsync);
        await AssertInvalidAsync("actor", () => Client.AddCorrectiveActionAsync(new(add) { Actor = string.Empty }).ResponseAsync);
        await AssertInvalidAsync("finding_id", () => Client.CloseCorrectiveActionAsync(new(closeAction) { FindingId = "x" }).ResponseAsync);
        await AssertInvalidAsync("action_id", () => Client.CloseCorrectiveActionAsync(new(closeAction) { ActionId = "x" }).ResponseAsync);
        await AssertInvalidAsync("actor", () => Client.CloseCorrectiveActionAsync(new(closeAction) { Actor = string.Empty }).ResponseAsync);
        await AssertInvalidAsync("finding_id", () => Client.CloseFindingAsync(new(close) { FindingId = "x" }).ResponseAsync);
        await AssertInvalidAsync("note", () => Client.CloseFindingAsync(new(close) { Note = " " }).ResponseAsync);
        await AssertInvalidAsync("actor", () => Client.CloseFindingAsync(new(close) { Actor = string.Empty }).ResponseAsync);

        var unchanged = (await Client.GetFindingAsync(new GetFindingRequest { FindingId = finding.Id })).Finding;
        Assert.Equal((1L, FindingStatus.Open, 0), (unchanged.Version, unchanged.Status, unchanged.Actions.Count));
    }

    [Fact]
    public async Task Invalid_evidence_for_closing_an_action_is_INVALID_ARGUMENT_and_changes_nothing()
    {
        var finding = (await Client.AddCorrectiveActionAsync(InspectionRequests.Action(await Client.FindingAsync()))).Finding;
        var close = new CloseCorrectiveActionRequest { FindingId = finding.Id, ActionId = finding.Actions[0].Id, Version = finding.Version, Actor = InspectionRequests.Officer, Evidence = " " };

        await AssertInvalidAsync("evidence", () => Client.CloseCorrectiveActionAsync(close).ResponseAsync);

        Assert.Equal(CorrectiveActionStatus.Open, (await Client.GetFindingAsync(new GetFindingRequest { FindingId = finding.Id })).Finding.Actions[0].Status);
    }

    [Fact]
    public async Task Malformed_ids_and_periods_of_the_reads_are_INVALID_ARGUMENT_naming_the_field()
    {
        var now = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);

        await AssertInvalidAsync("inspection_id", () => Client.GetInspectionAsync(new GetInspectionRequest { InspectionId = "x" }).ResponseAsync);
        await AssertInvalidAsync("to", () => Client.ListInspectionsAsync(new ListInspectionsRequest { From = now, To = now }).ResponseAsync);
        await AssertInvalidAsync("kind", () => Client.ListInspectionsAsync(new ListInspectionsRequest { Kind = (InspectionKind)9 }).ResponseAsync);
        await AssertInvalidAsync("page_token", () => Client.ListInspectionsAsync(new ListInspectionsRequest { PageToken = "%%" }).ResponseAsync);
        await AssertInvalidAsync("finding_id", () => Client.GetFindingAsync(new GetFindingRequest()).ResponseAsync);
        await AssertInvalidAsync("inspection_id", () => Client.ListFindingsAsync(new ListFindingsRequest { InspectionId = "x" }).ResponseAsync);
        await AssertInvalidAsync("class", () => Client.ListFindingsAsync(new ListFindingsRequest { Class = (FindingClass)99 }).ResponseAsync);
        await AssertInvalidAsync("status", () => Client.ListFindingsAsync(new ListFindingsRequest { Status = (FindingStatus)9 }).ResponseAsync);
        await AssertInvalidAsync("page_size", () => Client.ListFindingsAsync(new ListFindingsRequest { PageSize = -5 }).ResponseAsync);
    }

    private static async Task AssertInvalidAsync(string field, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }
}
