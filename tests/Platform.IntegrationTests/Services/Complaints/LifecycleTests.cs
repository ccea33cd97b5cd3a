using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Events.Complaints;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>A complaint's steps after its first response: each publishes its event and is recorded on the history.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class LifecycleTests(PlatformInfrastructure infrastructure, ComplaintsFixture complaints)
    : IClassFixture<ComplaintsFixture>, IAsyncLifetime
{
    private ComplaintsService.ComplaintsServiceClient Client => complaints.Client;

    private ComplaintEventLog Events => complaints.Events;

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Solution_judged_below_industry_standard_is_flagged_and_published_for_Agreements()
    {
        var complaint = await FileAsync();

        var resolved = await Client.ResolveAsync(complaint.Id, belowIndustryStandard: true);

        Assert.True(resolved.SolutionBelowStandard);
        var id = Guid.Parse(complaint.Id);
        var flagged = await Events.FirstAsync<SolutionMarkedBelowStandard>(id);
        Assert.Equal(Guid.Parse(complaint.AgreementId), flagged.AgreementId);
        Assert.True(Assert.Single(Events.Of<ComplaintResolved>(id)).BelowStandard);
    }

    [Fact]
    public async Task Confirmed_solution_closes_the_complaint()
    {
        var complaint = await FileAsync();
        await Client.ResolveAsync(complaint.Id);

        var closed = await Client.CloseAsync(complaint.Id);

        Assert.Equal(ComplaintStatus.Closed, closed.Status);
        Assert.NotNull(closed.ClosedAt);
        var published = await Events.FirstAsync<ComplaintClosed>(Guid.Parse(complaint.Id));
        Assert.Equal((false, ComplaintRequests.Agent, closed.Version), (published.Automatically, published.Actor, published.ComplaintVersion));
    }

    [Fact]
    public async Task Reopened_complaint_runs_its_solution_clock_again_from_the_reopening()
    {
        var complaint = await FileAsync();
        await Client.ResolveAsync(complaint.Id);

        var reopened = await Client.ReopenAsync(complaint.Id);

        var clock = reopened.Clock(ClockKind.SolutionOrUpdate);
        var reopenedAt = (await Client.GetComplaintHistoryAsync(new GetComplaintHistoryRequest { ComplaintId = complaint.Id })).Entries.Last(e => e.Action == "Reopened").At;
        Assert.Equal((ComplaintStatus.Reopened, ClockState.Running, reopenedAt), (reopened.Status, clock.State, clock.StartedAt));
        Assert.Equal(reopenedAt.ToDateTimeOffset().AddSeconds(4), clock.DueAt.ToDateTimeOffset());
        Assert.Null(reopened.ResolvedAt);
        var published = await Events.FirstAsync<ComplaintReopened>(Guid.Parse(complaint.Id));
        Assert.Equal(clock.DueAt.ToDateTimeOffset(), published.NextUpdateDueAt);
    }

    [Fact]
    public async Task Withdrawn_complaint_stops_its_clocks()
    {
        var complaint = await Client.FileAsync(ComplaintRequests.File(await complaints.ActiveAgreementAsync(), ComplaintSeverity.Major));

        var withdrawn = await Client.WithdrawAsync(complaint.Id);

        Assert.Equal(ComplaintStatus.Withdrawn, withdrawn.Status);
        Assert.All(withdrawn.Clocks, c => Assert.Equal(ClockState.Stopped, c.State));
        var published = await Events.FirstAsync<ComplaintWithdrawn>(Guid.Parse(complaint.Id));
        Assert.Equal(withdrawn.Version, published.ComplaintVersion);
        var recorded = (await Client.GetComplaintHistoryAsync(new GetComplaintHistoryRequest { ComplaintId = complaint.Id })).Entries.Last();
        Assert.Equal((ComplaintRequests.Agent, "Withdrawn", ComplaintStatus.Withdrawn, published.OccurredAt), (recorded.Actor, recorded.Action, recorded.Status, recorded.At.ToDateTimeOffset()));
    }

    [Fact]
    public async Task History_records_every_step_with_its_actor_time_and_status_in_order()
    {
        var request = ComplaintRequests.File(await complaints.ActiveAgreementAsync());
        request.Actor = "Fiona Filer";
        var id = (await Client.FileAsync(request)).Id;
        await Client.AcknowledgeAsync(id);
        await Client.ResolveAsync(id);
        await Client.ReopenAsync(id);
        await Client.ResolveAsync(id);
        await Client.CloseAsync(id);

        var history = (await Client.GetComplaintHistoryAsync(new GetComplaintHistoryRequest { ComplaintId = id })).Entries;

        Assert.Equal(Enumerable.Range(1, history.Count), history.Select(e => e.Sequence));
        Assert.Equal(history.OrderBy(e => e.At.ToDateTimeOffset()).Select(e => e.Sequence), history.Select(e => e.Sequence));
        // Clock checks may add "system" steps in between; the people's steps are these.
        var steps = history.Where(e => e.Actor != "system").Select(e => (e.Actor, e.Action, e.Status));
        Assert.Equal(
            [
                ("Fiona Filer", "Filed", ComplaintStatus.Received),
                (ComplaintRequests.Agent, "Acknowledged", ComplaintStatus.Acknowledged),
                (ComplaintRequests.Agent, "Resolved", ComplaintStatus.Resolved),
                (ComplaintRequests.Agent, "Reopened", ComplaintStatus.Reopened),
                (ComplaintRequests.Agent, "Resolved", ComplaintStatus.Resolved),
                (ComplaintRequests.Agent, "Closed", ComplaintStatus.Closed),
            ],
            steps);
    }

    [Fact]
    public async Task Listing_shows_an_agreements_complaints_newest_first_filtered_and_paged()
    {
        var agreementId = (await complaints.ActiveAgreementAsync()).ToString();
        var oldest = await Client.FileAsync(ComplaintRequests.File(Guid.Parse(agreementId)));
        var major = await Client.FileAsync(ComplaintRequests.File(Guid.Parse(agreementId), ComplaintSeverity.Major));
        var newest = await Client.FileAsync(ComplaintRequests.File(Guid.Parse(agreementId)));
        await Client.ResolveAsync(oldest.Id);

        var firstPage = await Client.ListComplaintsAsync(new ListComplaintsRequest { AgreementId = agreementId, PageSize = 2 });
        var secondPage = await Client.ListComplaintsAsync(new ListComplaintsRequest { AgreementId = agreementId, PageSize = 2, PageToken = firstPage.NextPageToken });
        var resolved = await Client.ListAsync(new ListComplaintsRequest { AgreementId = agreementId, Status = ComplaintStatus.Resolved });
        var majors = await Client.ListAsync(new ListComplaintsRequest { AgreementId = agreementId, Severity = ComplaintSeverity.Major });

        Assert.Equal([newest.Id, major.Id, oldest.Id], firstPage.Complaints.Concat(secondPage.Complaints).Select(c => c.Id));
        Assert.Empty(secondPage.NextPageToken);
        Assert.Equal(oldest.Id, Assert.Single(resolved).Id);
        Assert.Equal(major.Id, Assert.Single(majors).Id);
        Assert.All(firstPage.Complaints, c => Assert.True(c.Contact.Masked));
    }

    private async Task<Complaint> FileAsync() => await Client.FileAsync(ComplaintRequests.File(await complaints.ActiveAgreementAsync()));
}
