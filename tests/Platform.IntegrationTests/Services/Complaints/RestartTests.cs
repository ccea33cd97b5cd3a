using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Events.Complaints;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>Clocks are rows in the service's database: a restart neither loses nor repeats a breach.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class RestartTests(PlatformInfrastructure infrastructure)
{
    [Fact]
    public async Task Clocks_that_come_due_while_the_service_is_down_are_breached_once_after_it_restarts()
    {
        await using var environment = await ComplaintsEnvironment.CreateAsync(infrastructure);
        Complaint complaint;
        await using (var before = await environment.StartHostAsync())
        {
            var agreementId = await environment.ActivateAgreementAsync(before, AgreementFacts.Terms(firstResponseSeconds: 3, solutionSeconds: 5, majorSeconds: 7));
            complaint = await before.Client.FileAsync(ComplaintRequests.File(agreementId, ComplaintSeverity.Major));
        }

        var firstDue = complaint.Clock(ClockKind.FirstResponse).DueAt.ToDateTimeOffset();
        Assert.True(DateTimeOffset.UtcNow < firstDue, "the service stopped before the first clock came due");
        await Eventually.AssertAsync(() => Task.FromResult(DateTimeOffset.UtcNow > firstDue), TimeSpan.FromSeconds(10), "the first response is due while the service is down");

        await using var after = await environment.StartHostAsync();

        var id = Guid.Parse(complaint.Id);
        string[] clocks = ["FirstResponse", "SolutionOrUpdate", "MajorResolution"];
        foreach (var clock in clocks)
        {
            await environment.Events.BreachAsync(id, clock);
        }

        // A later fact of the complaint arrives after any repeat of the breaches before it.
        await after.Client.ResolveAsync(complaint.Id);
        await environment.Events.FirstAsync<ComplaintResolved>(id);
        var breaches = environment.Events.Of<ComplaintSlaBreached>(id);
        Assert.Equal(clocks, breaches.Select(b => b.Clock));
        Assert.Equal(complaint.Clocks.OrderBy(c => c.Kind).Select(c => c.DueAt.ToDateTimeOffset()), breaches.Select(b => b.DueAt));
    }

    [Fact]
    public async Task Breach_published_before_a_restart_is_not_published_again_and_later_clocks_are_breached_once()
    {
        await using var environment = await ComplaintsEnvironment.CreateAsync(infrastructure);
        Complaint complaint;
        await using (var before = await environment.StartHostAsync())
        {
            var agreementId = await environment.ActivateAgreementAsync(before, AgreementFacts.Terms(firstResponseSeconds: 2, solutionSeconds: 15, majorSeconds: 18));
            complaint = await before.Client.FileAsync(ComplaintRequests.File(agreementId, ComplaintSeverity.Major));
            await environment.Events.BreachAsync(Guid.Parse(complaint.Id), "FirstResponse");
        }

        var id = Guid.Parse(complaint.Id);
        var beforeRestart = environment.Events.Of<ComplaintSlaBreached>(id);
        var solutionDue = complaint.Clock(ClockKind.SolutionOrUpdate).DueAt.ToDateTimeOffset();
        Assert.True(DateTimeOffset.UtcNow < solutionDue, "the service stopped before the solution clock came due");

        await using var after = await environment.StartHostAsync();
        await Eventually.AssertAsync(() => Task.FromResult(DateTimeOffset.UtcNow > solutionDue), TimeSpan.FromSeconds(20), "the solution clock is due after the restart");
        await environment.Events.BreachAsync(id, "SolutionOrUpdate");
        await environment.Events.BreachAsync(id, "MajorResolution");
        // A later fact of the complaint arrives after any repeat of the breaches before it.
        await after.Client.ResolveAsync(complaint.Id);
        await environment.Events.FirstAsync<ComplaintResolved>(id);

        Assert.Equal("FirstResponse", Assert.Single(beforeRestart).Clock);
        var breaches = environment.Events.Of<ComplaintSlaBreached>(id);
        Assert.Equal(
            [("FirstResponse", 1), ("SolutionOrUpdate", 1), ("MajorResolution", 1)],
            breaches.GroupBy(b => b.Clock).Select(g => (g.Key, g.Count())));
        Assert.Equal(complaint.Clocks.OrderBy(c => c.Kind).Select(c => c.DueAt.ToDateTimeOffset()), breaches.Select(b => b.DueAt));
    }
}
