using Platform.Assurance.Messaging.Inspections;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.Services.Assurance.Surveys;

namespace Platform.IntegrationTests.Services.Assurance.Inspections;

/// <summary>
/// Findings of conduct inspections (part 2): each published as FindingRecorded; a corrective action still open
/// after its due time raises CorrectiveActionOverdue once; closing every action closes the finding. Past due
/// times make the deadlines due at once; only order and uniqueness are asserted, never timing.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class FindingFlowTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private InspectionsService.InspectionsServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Inspection_publishes_FindingRecorded_per_finding_with_its_class_and_clause_and_no_personal_data()
    {
        var promisorId = AssuranceFixture.NewPromisor();

        var recorded = await Client.RecordInspectionAsync(InspectionRequests.Inspection(promisorId, FindingClass.PrivacyLeak, FindingClass.ComplaintMishandled));

        Assert.Equal([FindingClass.PrivacyLeak, FindingClass.ComplaintMishandled], recorded.Findings.Select(f => f.Class));
        Assert.Equal(["P2 2.1", "P2 2.2"], recorded.Findings.Select(f => f.Clause));
        foreach (var finding in recorded.Findings)
        {
            var fact = await assurance.Events.FirstAsync<Contracts.Events.Assurance.FindingRecorded>(e => e.FindingId == Guid.Parse(finding.Id), "the finding");
            Assert.Equal((promisorId, "SpotCheck", finding.Clause, recorded.Inspection.InspectedAt.ToDateTimeOffset()), (fact.PromisorId, fact.InspectionKind, fact.Clause, fact.InspectedAt));
            Assert.Equal((Guid.Parse(recorded.Inspection.Id), finding.Class.ToString()), (fact.InspectionId, fact.FindingClass));
        }

        var read = await Client.GetInspectionAsync(new GetInspectionRequest { InspectionId = recorded.Inspection.Id });
        Assert.Equal(recorded.Findings.Select(f => f.Id), read.Findings.Select(f => f.Id));
        Assert.Equal("Inspector Li", read.Inspection.Inspector);
    }

    [Fact]
    public async Task Corrective_action_past_its_due_time_raises_CorrectiveActionOverdue_once()
    {
        var finding = await Client.FindingAsync();
        var added = await Client.AddCorrectiveActionAsync(InspectionRequests.Action(finding, dueAt: DateTimeOffset.UtcNow.AddMinutes(-30)));
        var actionId = Guid.Parse(added.ActionId);

        var overdue = await assurance.Events.FirstAsync<Contracts.Events.Assurance.CorrectiveActionOverdue>(e => e.ActionId == actionId, "the action is overdue");

        Assert.Equal((Guid.Parse(finding.Id), "ForcedSelling", added.Finding.Actions[0].DueAt.ToDateTimeOffset()), (overdue.FindingId, overdue.FindingClass, overdue.DueAt));
        var seen = (await Client.GetFindingAsync(new GetFindingRequest { FindingId = finding.Id })).Finding;
        Assert.True(seen.Actions[0].Overdue);
        Assert.Single(seen.History, h => h.Action == "ActionOverdue");
        // A second action's overdue follows on the same finding: a repeated first one would be seen by now.
        var second = await Client.AddCorrectiveActionAsync(InspectionRequests.Action(seen, dueAt: DateTimeOffset.UtcNow.AddMinutes(-1)));
        await assurance.Events.FirstAsync<Contracts.Events.Assurance.CorrectiveActionOverdue>(e => e.ActionId == Guid.Parse(second.ActionId), "the second action is overdue");
        Assert.Single(assurance.Events.Of<Contracts.Events.Assurance.CorrectiveActionOverdue>(e => e.ActionId == actionId));
    }

    [Fact]
    public async Task Closing_the_last_open_action_closes_the_finding_and_cancels_the_overdue_checks()
    {
        var finding = await Client.FindingAsync(FindingClass.UnqualifiedStaff);
        var first = await Client.AddCorrectiveActionAsync(InspectionRequests.Action(finding));
        var second = await Client.AddCorrectiveActionAsync(InspectionRequests.Action(first.Finding));

        var afterFirst = (await Client.CloseCorrectiveActionAsync(Close(second.Finding, first.ActionId))).Finding;
        var afterSecond = (await Client.CloseCorrectiveActionAsync(Close(afterFirst, second.ActionId))).Finding;

        Assert.Equal((FindingStatus.Open, FindingStatus.Closed), (afterFirst.Status, afterSecond.Status));
        Assert.All(afterSecond.Actions, a => Assert.Equal((CorrectiveActionStatus.Closed, false), (a.Status, a.Overdue)));
        Assert.Equal(["Recorded", "ActionAdded", "ActionAdded", "ActionClosed", "ActionClosed"], afterSecond.History.Select(h => h.Action));
        var key = CorrectiveActionDeadlines.Key(Guid.Parse(finding.Id), Guid.Parse(first.ActionId));
        Assert.Equal("Cancelled", await StoredDeadlines.StatusAsync(assurance, CorrectiveActionDeadlines.Overdue, key));
    }

    [Fact]
    public async Task Finding_without_actions_is_closed_explicitly_and_listings_filter_by_class_status_and_period()
    {
        var promisorId = AssuranceFixture.NewPromisor();
        var recorded = await Client.RecordInspectionAsync(InspectionRequests.Inspection(promisorId, FindingClass.Exaggeration, FindingClass.FalseAdvertising));
        var added = (await Client.AddFindingAsync(new AddFindingRequest
        {
            RequestId = Guid.NewGuid().ToString(), InspectionId = recorded.Inspection.Id, Finding = InspectionRequests.Finding(FindingClass.Exaggeration), Actor = InspectionRequests.Officer,
        })).Finding;
        var closed = (await Client.CloseFindingAsync(new CloseFindingRequest { FindingId = added.Id, Version = 1, Actor = InspectionRequests.Officer, Note = "Corrected on the spot." })).Finding;

        var exaggerations = await Client.ListFindingsAsync(new ListFindingsRequest { PromisorId = promisorId, Class = FindingClass.Exaggeration });
        var open = await Client.ListFindingsAsync(new ListFindingsRequest { PromisorId = promisorId, Status = FindingStatus.Open });
        var inPeriod = await Client.ListFindingsAsync(new ListFindingsRequest { PromisorId = promisorId, From = recorded.Inspection.InspectedAt, To = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow) });
        var before = await Client.ListFindingsAsync(new ListFindingsRequest { PromisorId = promisorId, To = recorded.Inspection.InspectedAt });

        Assert.Equal((FindingStatus.Closed, "Corrected on the spot."), (closed.Status, closed.ClosureNote));
        Assert.Equal([added.Id, recorded.Findings[0].Id], exaggerations.Findings.Select(f => f.Id));
        Assert.Equal([recorded.Findings[1].Id, recorded.Findings[0].Id], open.Findings.Select(f => f.Id));
        Assert.Equal(3, inPeriod.Findings.Count);
        Assert.Empty(before.Findings);
        Assert.Single((await Client.ListInspectionsAsync(new ListInspectionsRequest { PromisorId = promisorId, Kind = InspectionKind.SpotCheck })).Inspections);
    }

    [Fact]
    public async Task Retried_requests_return_what_was_recorded_first()
    {
        var request = InspectionRequests.Inspection(AssuranceFixture.NewPromisor(), FindingClass.Concealment);
        var first = await Client.RecordInspectionAsync(request);
        var action = InspectionRequests.Action(first.Findings[0]);
        var added = await Client.AddCorrectiveActionAsync(action);

        var retried = await Client.RecordInspectionAsync(request);
        var retriedAction = await Client.AddCorrectiveActionAsync(action);

        Assert.Equal(first.Inspection, retried.Inspection);
        Assert.Equal(first.Findings.Select(f => f.Id), retried.Findings.Select(f => f.Id));
        Assert.Equal((added.ActionId, 2L), (retriedAction.ActionId, retriedAction.Finding.Version));
        Assert.Single(retriedAction.Finding.Actions);
    }

    [Fact]
    public async Task Retried_finding_returns_the_finding_added_first_and_stores_one()
    {
        var promisorId = AssuranceFixture.NewPromisor();
        var inspection = (await Client.RecordInspectionAsync(InspectionRequests.Inspection(promisorId))).Inspection;
        var request = new AddFindingRequest
        {
            RequestId = Guid.NewGuid().ToString(), InspectionId = inspection.Id, Finding = InspectionRequests.Finding(FindingClass.Exaggeration), Actor = InspectionRequests.Officer,
        };
        var first = (await Client.AddFindingAsync(request)).Finding;

        var retried = (await Client.AddFindingAsync(request)).Finding;

        Assert.Equal(first, retried);
        Assert.Equal(first.Id, Assert.Single((await Client.ListFindingsAsync(new ListFindingsRequest { PromisorId = promisorId })).Findings).Id);
    }

    private static CloseCorrectiveActionRequest Close(Finding finding, string actionId) => new()
    {
        FindingId = finding.Id, ActionId = actionId, Version = finding.Version, Actor = InspectionRequests.Officer, Evidence = "Done and checked.",
    };
}
