using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Events.Complaints;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>
/// The clocks of clause 2.3.1 running in real time (first response 2 s, solution or update 4 s): each threshold
/// and each miss is published once, in the order it happened. Only order and uniqueness are asserted, never timing.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class ClockTests(PlatformInfrastructure infrastructure, ComplaintsFixture complaints)
    : IClassFixture<ComplaintsFixture>, IAsyncLifetime
{
    private ComplaintsService.ComplaintsServiceClient Client => complaints.Client;

    private ComplaintEventLog Events => complaints.Events;

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Unanswered_first_response_is_breached_once_when_its_due_time_passes()
    {
        var complaint = await FileAsync();
        var id = Guid.Parse(complaint.Id);

        var breach = await Events.BreachAsync(id, "FirstResponse");

        var due = complaint.Clock(ClockKind.FirstResponse).DueAt.ToDateTimeOffset();
        Assert.Equal((due, "Normal", complaint.ReceivedAt.ToDateTimeOffset()), (breach.DueAt, breach.Severity, breach.ReceivedAt));
        Assert.True(breach.OccurredAt >= due, $"breached at {breach.OccurredAt:O}, before its due time {due:O}");
        // The solution clock passes later; a repeated first-response breach would have been published before it.
        await Events.BreachAsync(id, "SolutionOrUpdate");
        Assert.Single(Events.Of<ComplaintSlaBreached>(id), b => b.Clock == "FirstResponse");
    }

    [Fact]
    public async Task Clock_is_reported_at_risk_at_half_and_three_quarters_of_its_time_once_each_before_its_breach()
    {
        // Four seconds, so each threshold has a second of its own.
        var agreementId = await complaints.ActiveAgreementAsync(AgreementFacts.Terms(firstResponseSeconds: 4, solutionSeconds: 8, majorSeconds: 12));
        var complaint = await Client.FileAsync(ComplaintRequests.File(agreementId));
        var id = Guid.Parse(complaint.Id);

        // Facts of one complaint arrive in order: every at-risk report of the clock comes before its breach.
        await Events.BreachAsync(id, "FirstResponse");

        var facts = Events.Of<ComplaintFact>(id);
        var firstResponse = facts.Where(f => f is ComplaintSlaAtRisk { Clock: "FirstResponse" } or ComplaintSlaBreached { Clock: "FirstResponse" }).ToList();
        Assert.Collection(
            firstResponse,
            f => Assert.Equal(50, Assert.IsType<ComplaintSlaAtRisk>(f).PercentUsed),
            f => Assert.Equal(75, Assert.IsType<ComplaintSlaAtRisk>(f).PercentUsed),
            f => Assert.IsType<ComplaintSlaBreached>(f));
        var due = complaint.Clock(ClockKind.FirstResponse).DueAt.ToDateTimeOffset();
        Assert.All(firstResponse.OfType<ComplaintSlaAtRisk>(), r => Assert.Equal(due, r.DueAt));
    }

    [Fact]
    public async Task Missed_clock_shows_as_MISSED_and_its_complaint_is_listed_as_overdue()
    {
        var agreementId = await complaints.ActiveAgreementAsync();
        var late = await Client.FileAsync(ComplaintRequests.File(agreementId));
        var answered = await Client.FileAsync(ComplaintRequests.File(agreementId));
        await Client.ResolveAsync(answered.Id);

        await Events.BreachAsync(Guid.Parse(late.Id), "FirstResponse");

        var read = await Client.GetAsync(late.Id);
        var clock = read.Clock(ClockKind.FirstResponse);
        Assert.Equal((ClockState.Missed, TimeSpan.Zero, true), (clock.State, clock.TimeLeft.ToTimeSpan(), read.Overdue));
        var overdue = await Client.ListAsync(new ListComplaintsRequest { AgreementId = agreementId.ToString(), OverdueOnly = true });
        Assert.Equal(late.Id, Assert.Single(overdue).Id);
    }

    [Fact]
    public async Task Missed_clock_stops_counting_its_elapsed_time_at_the_miss()
    {
        var complaint = await FileAsync();
        var breach = await Events.BreachAsync(Guid.Parse(complaint.Id), "FirstResponse");
        await Eventually.AssertAsync(() => Task.FromResult(DateTimeOffset.UtcNow > breach.OccurredAt.AddSeconds(1)), TimeSpan.FromSeconds(5), "a second passed since the miss");

        var clock = (await Client.GetAsync(complaint.Id)).Clock(ClockKind.FirstResponse);

        Assert.Equal(breach.OccurredAt - clock.StartedAt.ToDateTimeOffset(), clock.Elapsed.ToTimeSpan());
    }

    [Fact]
    public async Task First_response_given_in_time_meets_its_clock_and_is_never_breached()
    {
        var complaint = await FileAsync();
        var id = Guid.Parse(complaint.Id);

        var acknowledged = await Client.AcknowledgeAsync(complaint.Id);

        var clock = acknowledged.Clock(ClockKind.FirstResponse);
        Assert.Equal((ComplaintStatus.Acknowledged, ClockState.Met), (acknowledged.Status, clock.State));
        Assert.True((await Events.FirstAsync<ComplaintAcknowledged>(id)).InTime);
        // Published after anything about the first response would have been.
        await Events.BreachAsync(id, "SolutionOrUpdate");
        Assert.DoesNotContain(Events.Of<ComplaintSlaBreached>(id), b => b.Clock == "FirstResponse");
    }

    [Fact]
    public async Task Progress_update_meets_the_solution_clock_and_restarts_it_from_the_update()
    {
        var complaint = await FileAsync();
        await Client.AcknowledgeAsync(complaint.Id);

        var updated = await Client.PostProgressUpdateAsync(complaint.Id);

        var clock = updated.Clock(ClockKind.SolutionOrUpdate);
        var updatedAt = (await Client.GetComplaintHistoryAsync(new GetComplaintHistoryRequest { ComplaintId = complaint.Id })).Entries.Last(e => e.Action == "ProgressUpdated").At;
        Assert.Equal((ComplaintStatus.InProgress, ClockState.Running, updatedAt), (updated.Status, clock.State, clock.StartedAt));
        Assert.Equal(updatedAt.ToDateTimeOffset().AddSeconds(4), clock.DueAt.ToDateTimeOffset());
        var published = await Events.FirstAsync<ComplaintProgressUpdated>(Guid.Parse(complaint.Id));
        Assert.Equal((true, clock.DueAt.ToDateTimeOffset()), (published.InTime, published.NextUpdateDueAt));
    }

    [Fact]
    public async Task Solution_meets_every_clock_for_good()
    {
        var complaint = await Client.FileAsync(ComplaintRequests.File(await complaints.ActiveAgreementAsync(), ComplaintSeverity.Major));

        var resolved = await Client.ResolveAsync(complaint.Id);

        Assert.Equal((ComplaintStatus.Resolved, false), (resolved.Status, resolved.Overdue));
        Assert.Equal(3, resolved.Clocks.Count);
        Assert.All(resolved.Clocks, c => Assert.Equal((ClockState.Met, resolved.ResolvedAt), (c.State, c.MetAt)));
        var published = await Events.FirstAsync<ComplaintResolved>(Guid.Parse(complaint.Id));
        Assert.Equal((resolved.Version, false), (published.ComplaintVersion, published.BelowStandard));
    }

    private async Task<Complaint> FileAsync() => await Client.FileAsync(ComplaintRequests.File(await complaints.ActiveAgreementAsync()));
}
