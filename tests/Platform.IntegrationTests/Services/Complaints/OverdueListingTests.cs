using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.Complaints.Data;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging.Deadlines;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>
/// ListComplaints(overdue_only) applies the rule GetComplaint shows: a running clock past its due time makes a
/// complaint overdue before any clock check marks it missed. The host runs without its deadline scheduler, so
/// no check ever runs.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class OverdueListingTests(PlatformInfrastructure infrastructure)
{
    [Fact]
    public async Task Complaint_past_due_before_its_clock_check_ran_is_listed_as_overdue_and_one_with_met_clocks_is_not()
    {
        await using var environment = await ComplaintsEnvironment.CreateAsync(infrastructure);
        await using var host = await environment.StartHostAsync(services: WithoutDeadlineScheduler);
        var agreementId = await environment.ActivateAgreementAsync(host, AgreementFacts.Terms(firstResponseSeconds: 30, solutionSeconds: 600, majorSeconds: 900));
        // Logged 25 s after it was received: its first response falls due 5 s after filing.
        var late = await host.Client.FileAsync(ComplaintRequests.File(agreementId, receivedAt: DateTimeOffset.UtcNow.AddSeconds(-25)));
        var answered = await host.Client.FileAsync(ComplaintRequests.File(agreementId));
        await host.Client.AcknowledgeAsync(answered.Id);
        var resolved = await host.Client.ResolveAsync(answered.Id);
        Assert.All(resolved.Clocks, c => Assert.Equal(ClockState.Met, c.State));
        var due = late.Clock(ClockKind.FirstResponse).DueAt.ToDateTimeOffset();
        await Eventually.AssertAsync(() => Task.FromResult(DateTimeOffset.UtcNow > due), TimeSpan.FromSeconds(10), "the first response of the late complaint is due");

        var overdue = await host.Client.ListAsync(new ListComplaintsRequest { AgreementId = agreementId.ToString(), OverdueOnly = true });

        var listed = Assert.Single(overdue);
        Assert.Equal(late.Id, listed.Id);
        // Not marked missed by a check: the clock still runs, past its due time.
        Assert.Equal((ClockState.Running, true), (listed.Clock(ClockKind.FirstResponse).State, listed.Overdue));
        Assert.True((await host.Client.GetAsync(late.Id)).Overdue);
        Assert.False((await host.Client.GetAsync(answered.Id)).Overdue);
    }

    /// <summary>Removes the scheduler that runs the clock checks, as if it lagged behind forever.</summary>
    private static void WithoutDeadlineScheduler(IServiceCollection services)
    {
        var scheduler = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DeadlineScheduler<ComplaintsDbContext>));
        services.Remove(scheduler);
    }
}
