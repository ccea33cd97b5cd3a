using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>Waiting on the customer pauses the running clocks; the wait is added to their due times.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class PauseTests(PlatformInfrastructure infrastructure, ComplaintsFixture complaints)
    : IClassFixture<ComplaintsFixture>, IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    private ComplaintsService.ComplaintsServiceClient Client => complaints.Client;

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Waiting_on_the_customer_pauses_the_running_clocks_and_moves_their_due_time_later()
    {
        var id = await AcknowledgedAsync();

        var waiting = await Client.AwaitCustomerAsync(id);

        var solution = waiting.Clock(ClockKind.SolutionOrUpdate);
        Assert.True(waiting.AwaitingCustomer);
        Assert.Equal((ClockState.Paused, ClockState.Met), (solution.State, waiting.Clock(ClockKind.FirstResponse).State));
        Assert.Equal("MSG-1: please send the card statement.", Assert.Single(waiting.Pauses).CitedMessage);
        await Eventually.AssertAsync(
            async () => (await Client.GetAsync(id)).Clock(ClockKind.SolutionOrUpdate).DueAt.ToDateTimeOffset() > solution.DueAt.ToDateTimeOffset(),
            s_timeout,
            "the due time moves later while the customer is awaited");
    }

    [Fact]
    public async Task Customer_reply_resumes_the_clocks_with_the_wait_added_to_their_due_time()
    {
        var id = await AcknowledgedAsync();
        var waiting = await Client.AwaitCustomerAsync(id);
        await Eventually.AssertAsync(
            async () => (await Client.GetAsync(id)).Pauses[0].Credited.ToTimeSpan() >= TimeSpan.FromMilliseconds(500),
            s_timeout,
            "half a second of waiting is credited");

        var resumed = await Client.CustomerRepliedAsync(id);

        var solution = resumed.Clock(ClockKind.SolutionOrUpdate);
        var pause = Assert.Single(resumed.Pauses);
        Assert.False(resumed.AwaitingCustomer);
        Assert.NotNull(pause.EndedAt);
        Assert.Equal(ClockState.Running, solution.State);
        Assert.Equal(pause.EndedAt.ToDateTimeOffset() - pause.StartedAt.ToDateTimeOffset(), pause.Credited.ToTimeSpan());
        Assert.Equal(pause.Credited, solution.Paused);
        Assert.Equal(solution.OriginalDueAt.ToDateTimeOffset() + pause.Credited.ToTimeSpan(), solution.DueAt.ToDateTimeOffset());
        Assert.Equal(waiting.Clock(ClockKind.SolutionOrUpdate).OriginalDueAt, solution.OriginalDueAt);
    }

    [Fact]
    public async Task Solution_given_while_waiting_ends_the_wait()
    {
        var id = await AcknowledgedAsync();
        await Client.AwaitCustomerAsync(id);

        var resolved = await Client.ResolveAsync(id);

        Assert.False(resolved.AwaitingCustomer);
        Assert.Equal(resolved.ResolvedAt, Assert.Single(resolved.Pauses).EndedAt);
        Assert.Equal(ClockState.Met, resolved.Clock(ClockKind.SolutionOrUpdate).State);
    }

    private async Task<string> AcknowledgedAsync()
    {
        var complaint = await Client.FileAsync(ComplaintRequests.File(await complaints.ActiveAgreementAsync()));
        await Client.AcknowledgeAsync(complaint.Id);
        return complaint.Id;
    }
}
