using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging;
using Platform.Messaging.Deadlines;
using Xunit.Abstractions;

namespace Platform.IntegrationTests.Messaging;

[Collection(PlatformCollectionDefinition.Name)]
public sealed class DeadlineSchedulerTests(PlatformInfrastructure infrastructure, ITestOutputHelper output)
{
    private const string Kind = RecordingDeadlineHandler.KindName;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Deadline_set_before_a_restart_fires_exactly_once_with_two_schedulers_competing()
    {
        // Arrange: host A sets the deadlines and stops before they are due (in a minute, so that a slow machine
        // still stops it first); then their due time comes while no scheduler runs.
        const int Count = 250; // more than a claim (20) and a pass (100): the backlog path of every connection
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var db = await TestDbContext.CreateDatabaseAsync(infrastructure);
        var keys = Enumerable.Range(1, Count).Select(i => $"restart-{i:D3}").ToList();
        await using (var hostA = await MessagingHosts.Scheduler(db, rabbit, output, "A").StartAsync())
        {
            var dueAt = DateTimeOffset.UtcNow.AddMinutes(1);
            await hostA.InScopeAsync(async services =>
            {
                var deadlines = services.GetRequiredService<IDeadlines>();
                foreach (var key in keys)
                {
                    await deadlines.ScheduleAsync(Kind, key, dueAt, CancellationToken.None);
                }

                await services.GetRequiredService<TestDbContext>().SaveChangesAsync();
            });
        }

        Assert.Equal(Count, await CountAsync(db, DeadlineStatus.Pending));
        await using (var clock = TestDbContext.Connect(db))
        {
            await clock.Set<Deadline>().ExecuteUpdateAsync(d => d.SetProperty(x => x.DueAt, DateTimeOffset.UtcNow));
        }

        // Act: two replicas start on the same database.
        var started = await Task.WhenAll(
            MessagingHosts.Scheduler(db, rabbit, output, "B").StartAsync(),
            MessagingHosts.Scheduler(db, rabbit, output, "C").StartAsync());
        await using var hostB = started[0];
        await using var hostC = started[1];

        // Assert
        await Eventually.AssertAsync(async () => await CountAsync(db, DeadlineStatus.Fired) == Count, Timeout, $"{Count} deadlines fired");
        await using var context = TestDbContext.Connect(db);
        var effects = await context.DeadlineEffects.ToListAsync();
        Assert.Equal(keys, effects.Select(e => e.Key).Order());
        output.WriteLine(string.Join(", ", effects.GroupBy(e => e.FiredBy).Select(g => $"{g.Key} fired {g.Count()}")));
    }

    [Fact]
    public async Task Cancelled_deadline_never_fires()
    {
        // Arrange: a deadline, and a later one that shows the scheduler has passed its due time.
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var db = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var host = await MessagingHosts.Scheduler(db, rabbit, output, "A").StartAsync();
        var now = DateTimeOffset.UtcNow;
        await ScheduleAsync(host, ("cancelled", now.AddSeconds(1)), ("barrier", now.AddSeconds(1.5)));

        // Act
        var wasPending = await host.InScopeAsync(async services =>
        {
            var cancelled = await services.GetRequiredService<IDeadlines>().CancelAsync(Kind, "cancelled", CancellationToken.None);
            await services.GetRequiredService<TestDbContext>().SaveChangesAsync();
            return cancelled;
        });

        // Assert
        Assert.True(wasPending);
        await Eventually.AssertAsync(async () => (await DeadlineAsync(db, "barrier")).Status == DeadlineStatus.Fired, Timeout, "the barrier fired");
        Assert.Equal(DeadlineStatus.Cancelled, (await DeadlineAsync(db, "cancelled")).Status);
        Assert.Equal(0, await CountEffectsAsync(db, "cancelled"));
    }

    [Fact]
    public async Task Moved_deadline_fires_at_its_new_time()
    {
        // Arrange
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var db = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var host = await MessagingHosts.Scheduler(db, rabbit, output, "A").StartAsync();
        var now = DateTimeOffset.UtcNow;
        var movedTo = now.AddSeconds(2);
        await ScheduleAsync(host, ("moved", now.AddSeconds(1)));

        // Act
        await ScheduleAsync(host, ("moved", movedTo));

        // Assert: every firing leaves a timestamped row, so one row, at or after the new time, means it did not
        // also fire at the old one.
        await Eventually.AssertAsync(async () => (await DeadlineAsync(db, "moved")).Status == DeadlineStatus.Fired, Timeout, "the moved deadline fired");
        await using var context = TestDbContext.Connect(db);
        var effect = Assert.Single(await context.DeadlineEffects.Where(e => e.Key == "moved").ToListAsync());
        Assert.True(effect.FiredAt >= movedTo, $"fired at {effect.FiredAt:O}, before its new due time {movedTo:O}");
        Assert.Equal(movedTo, (await DeadlineAsync(db, "moved")).DueAt, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Deadline_whose_changes_cannot_be_saved_is_retried_later_without_holding_up_the_others()
    {
        // Arrange
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var db = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var host = await MessagingHosts.Scheduler(db, rabbit, output, "A")
            .WithServices(services => services.AddDeadlineHandler<UnsaveableDeadlineHandler>())
            .StartAsync();
        var now = DateTimeOffset.UtcNow;

        // Act: the failing deadline is due first.
        await host.InScopeAsync(async services =>
        {
            var deadlines = services.GetRequiredService<IDeadlines>();
            await deadlines.ScheduleAsync(UnsaveableDeadlineHandler.KindName, "unsaveable", now.AddSeconds(1), CancellationToken.None);
            await deadlines.ScheduleAsync(Kind, "after", now.AddSeconds(1.2), CancellationToken.None);
            await services.GetRequiredService<TestDbContext>().SaveChangesAsync();
        });

        // Assert: another connection may fire the later deadline while the failure is still being recorded.
        await Eventually.AssertAsync(
            async () => (await DeadlineAsync(db, "after")).Status == DeadlineStatus.Fired && (await DeadlineAsync(db, "unsaveable", UnsaveableDeadlineHandler.KindName)).Attempts >= 1,
            Timeout,
            "the later deadline fired and the failing one's attempt was recorded");
        var unsaveable = await DeadlineAsync(db, "unsaveable", UnsaveableDeadlineHandler.KindName);
        Assert.Equal(DeadlineStatus.Pending, unsaveable.Status);
        Assert.True(unsaveable.Attempts >= 1);
        Assert.NotNull(unsaveable.RetryAfter);
        Assert.Equal(0, await CountEffectsAsync(db, "unsaveable"));
    }

    [Fact]
    public async Task Deadline_set_sooner_than_the_next_poll_wakes_the_scheduler_when_it_commits()
    {
        // Arrange: a scheduler that, left alone, would not look again for ten minutes.
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var db = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var host = await MessagingHosts.Scheduler(db, rabbit, output, "A").WithSetting("Messaging:Deadlines:PollInterval", "00:10:00").StartAsync();

        // Act
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(1);
        await ScheduleAsync(host, ("soon", dueAt));

        // Assert
        await Eventually.AssertAsync(async () => (await DeadlineAsync(db, "soon")).Status == DeadlineStatus.Fired, Timeout, "the deadline fired before the next poll");
        var fired = await DeadlineAsync(db, "soon");
        Assert.True(fired.FiredAt >= dueAt, $"fired at {fired.FiredAt:O}, before its due time {dueAt:O}");
    }

    [Fact]
    public async Task Scheduler_sleeps_until_the_earliest_pending_deadline_rather_than_a_whole_poll()
    {
        // Arrange: a deadline written by another process (no commit in the scheduler's own process to wake it).
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var db = await TestDbContext.CreateDatabaseAsync(infrastructure);
        var dueAt = DateTimeOffset.UtcNow.AddSeconds(2);
        await using (var other = TestDbContext.Connect(db))
        {
            other.Add(new Deadline(Kind, "written-elsewhere", dueAt, null, DateTimeOffset.UtcNow));
            await other.SaveChangesAsync();
        }

        // Act: the scheduler starts with a ten-minute poll.
        await using var host = await MessagingHosts.Scheduler(db, rabbit, output, "A").WithSetting("Messaging:Deadlines:PollInterval", "00:10:00").StartAsync();

        // Assert
        await Eventually.AssertAsync(
            async () => (await DeadlineAsync(db, "written-elsewhere")).Status == DeadlineStatus.Fired, Timeout, "the deadline fired at its due time, not at the next poll");
        Assert.Equal(1, await CountEffectsAsync(db, "written-elsewhere"));
    }

    private static Task ScheduleAsync(TestHost host, params (string Key, DateTimeOffset DueAt)[] schedule) =>
        host.InScopeAsync(async services =>
        {
            var deadlines = services.GetRequiredService<IDeadlines>();
            foreach (var (key, dueAt) in schedule)
            {
                await deadlines.ScheduleAsync(Kind, key, dueAt, CancellationToken.None);
            }

            await services.GetRequiredService<TestDbContext>().SaveChangesAsync();
        });

    private static async Task<Deadline> DeadlineAsync(string connectionString, string key, string kind = Kind)
    {
        await using var db = TestDbContext.Connect(connectionString);
        return await db.Set<Deadline>().SingleAsync(d => d.Kind == kind && d.Key == key);
    }

    private static async Task<int> CountAsync(string connectionString, DeadlineStatus status)
    {
        await using var db = TestDbContext.Connect(connectionString);
        return await db.Set<Deadline>().CountAsync(d => d.Status == status);
    }

    private static async Task<int> CountEffectsAsync(string connectionString, string key)
    {
        await using var db = TestDbContext.Connect(connectionString);
        return await db.DeadlineEffects.CountAsync(e => e.Key == key);
    }
}
