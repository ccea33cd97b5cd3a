using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Events.Complaints;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>The configured limits of a complaint: the most waiting credited to its clocks, and the quiet period before it closes by itself.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class ConfiguredPeriodTests(PlatformInfrastructure infrastructure, ShortLimitsFixture complaints)
    : IClassFixture<ShortLimitsFixture>, IAsyncLifetime
{
    private ComplaintsService.ComplaintsServiceClient Client => complaints.Client;

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Clock_is_missed_while_the_customer_is_still_awaited_once_the_pause_credit_is_used_up()
    {
        var complaint = await Client.FileAsync(ComplaintRequests.File(await complaints.ActiveAgreementAsync()));
        await Client.AcknowledgeAsync(complaint.Id);
        await Client.AwaitCustomerAsync(complaint.Id);

        var breach = await complaints.Events.BreachAsync(Guid.Parse(complaint.Id), "SolutionOrUpdate");

        var read = await Client.GetAsync(complaint.Id);
        var solution = read.Clock(ClockKind.SolutionOrUpdate);
        Assert.True(read.AwaitingCustomer);
        Assert.Equal((ClockState.Missed, TimeSpan.FromSeconds(1)), (solution.State, Assert.Single(read.Pauses).Credited.ToTimeSpan()));
        Assert.Equal(solution.OriginalDueAt.ToDateTimeOffset().AddSeconds(1), breach.DueAt);
    }

    [Fact]
    public async Task Resolved_complaint_closes_by_itself_after_the_quiet_period()
    {
        var complaint = await Client.FileAsync(ComplaintRequests.File(await complaints.ActiveAgreementAsync()));
        var resolved = await Client.ResolveAsync(complaint.Id);

        var closed = await complaints.Events.FirstAsync<ComplaintClosed>(Guid.Parse(complaint.Id));

        Assert.Equal((true, "system"), (closed.Automatically, closed.Actor));
        Assert.True(closed.OccurredAt >= resolved.ResolvedAt.ToDateTimeOffset().AddSeconds(2), "closed before the quiet period passed");
        Assert.Equal(ComplaintStatus.Closed, (await Client.GetAsync(complaint.Id)).Status);
    }
}
