using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.IntegrationTests.Infrastructure;
using Platform.Messaging.Deadlines;
using Xunit.Abstractions;

namespace Platform.IntegrationTests.Messaging;

[Collection(PlatformCollectionDefinition.Name)]
public sealed class DeadlineRearmTests(PlatformInfrastructure infrastructure, ITestOutputHelper output)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Handler_that_moves_its_own_deadline_is_called_again_at_the_new_time()
    {
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var db = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var host = await MessagingHosts.Scheduler(db, rabbit, output, "A").StartAsync();

        await ScheduleAsync(host, RearmingDeadlineHandler.KindName, "rearm", DateTimeOffset.UtcNow);

        await Eventually.AssertAsync(async () => (await DeadlineAsync(db, RearmingDeadlineHandler.KindName, "rearm")).Status == DeadlineStatus.Fired, s_timeout, "the deadline fired for good");
        await using var context = TestDbContext.Connect(db);
        var firings = await context.DeadlineEffects.Where(e => e.Key == "rearm").OrderBy(e => e.FiredAt).Select(e => e.FiredAt).ToListAsync();
        Assert.Equal(RearmingDeadlineHandler.Times, firings.Count);
        Assert.All(firings.Zip(firings.Skip(1)), pair => Assert.True(pair.Second - pair.First >= RearmingDeadlineHandler.Interval - TimeSpan.FromMilliseconds(1)));
    }

    [Fact]
    public async Task Ensuring_a_deadline_that_already_fired_leaves_it_fired()
    {
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var db = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var host = await MessagingHosts.Scheduler(db, rabbit, output, "A").StartAsync();
        await ScheduleAsync(host, RecordingDeadlineHandler.KindName, "once", DateTimeOffset.UtcNow);
        await Eventually.AssertAsync(async () => (await DeadlineAsync(db, RecordingDeadlineHandler.KindName, "once")).Status == DeadlineStatus.Fired, s_timeout, "the deadline fired");

        await host.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IDeadlines>().EnsureScheduledAsync(RecordingDeadlineHandler.KindName, "once", DateTimeOffset.UtcNow, CancellationToken.None);
            await services.GetRequiredService<TestDbContext>().SaveChangesAsync();
        });
        await ScheduleAsync(host, RecordingDeadlineHandler.KindName, "barrier", DateTimeOffset.UtcNow);

        await Eventually.AssertAsync(async () => (await DeadlineAsync(db, RecordingDeadlineHandler.KindName, "barrier")).Status == DeadlineStatus.Fired, s_timeout, "a later deadline fired");
        await using var context = TestDbContext.Connect(db);
        Assert.Equal(1, await context.DeadlineEffects.CountAsync(e => e.Key == "once"));
        Assert.Equal(DeadlineStatus.Fired, (await DeadlineAsync(db, RecordingDeadlineHandler.KindName, "once")).Status);
    }

    [Fact]
    public async Task Rescheduling_a_deadline_while_it_is_being_fired_arms_it_again()
    {
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        var db = await TestDbContext.CreateDatabaseAsync(infrastructure);
        await using var host = await MessagingHosts.Scheduler(db, rabbit, output, "A").StartAsync();
        var dueAt = DateTimeOffset.UtcNow.AddDays(1);
        await ScheduleAsync(host, RecordingDeadlineHandler.KindName, "racing", dueAt);

        // A scheduler claims the row and marks it fired, but has not committed yet…
        await using var firing = new NpgsqlConnection(db);
        await firing.OpenAsync();
        await using var transaction = await firing.BeginTransactionAsync();
        await using (var claim = new NpgsqlCommand("SELECT id FROM deadlines WHERE key = 'racing' FOR UPDATE; UPDATE deadlines SET status = 'Fired', fired_at = now() WHERE key = 'racing'", firing, transaction))
        {
            await claim.ExecuteNonQueryAsync();
        }

        // …when a change schedules the same deadline at the same time; its save waits for the row.
        var rescheduling = ScheduleAsync(host, RecordingDeadlineHandler.KindName, "racing", dueAt);
        await Eventually.AssertAsync(async () => await WaitingForLocksAsync(db) > 0, s_timeout, "the reschedule waits for the scheduler's row lock");
        await transaction.CommitAsync();
        await rescheduling;

        Assert.Equal(DeadlineStatus.Pending, (await DeadlineAsync(db, RecordingDeadlineHandler.KindName, "racing")).Status);
    }

    private static async Task<long> WaitingForLocksAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()", connection);
        return (long)(await query.ExecuteScalarAsync())!;
    }

    private static Task ScheduleAsync(TestHost host, string kind, string key, DateTimeOffset dueAt) =>
        host.InScopeAsync(async services =>
        {
            await services.GetRequiredService<IDeadlines>().ScheduleAsync(kind, key, dueAt, CancellationToken.None);
            await services.GetRequiredService<TestDbContext>().SaveChangesAsync();
        });

    private static async Task<Deadline> DeadlineAsync(string connectionString, string kind, string key)
    {
        await using var db = TestDbContext.Connect(connectionString);
        return await db.Set<Deadline>().SingleAsync(d => d.Kind == kind && d.Key == key);
    }
}
