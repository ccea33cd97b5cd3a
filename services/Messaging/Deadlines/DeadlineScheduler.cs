using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Messaging.Hosting;
using Platform.Messaging.Wakeups;

namespace Platform.Messaging.Deadlines;

/// <summary>
/// Fires due deadlines. Each one is claimed with <c>FOR UPDATE SKIP LOCKED</c> in its own transaction, its
/// handler runs in that transaction and the deadline is marked fired before the commit: replicas never take
/// the same deadline, and a crash before the commit leaves it pending, so it fires once after the restart.
/// When the host stops, the pass in flight finishes (its deadlines fired and committed, for the outbox relay,
/// which stops after this scheduler, to send) and no new pass starts; nothing stays claimed.
/// </summary>
internal sealed partial class DeadlineScheduler<TDbContext>(
    IServiceScopeFactory scopes,
    MessagingWakeups wakeups,
    IOptions<DeadlineOptions> options,
    TimeProvider time,
    ILogger<DeadlineScheduler<TDbContext>> logger) : GracefulBackgroundService
    where TDbContext : DbContext
{
    private static readonly TimeSpan HeldElsewhereRetry = TimeSpan.FromMilliseconds(10);

    private readonly DeadlineOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                wakeups.Deadlines.Plan(null);
                var processed = await FireDueAsync(ShutdownAborted);
                if (processed < _options.BatchSize)
                {
                    await SleepUntilNextDueAsync(idle: processed == 0, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogSchedulerFailed(ex);
                await Task.Delay(_options.RetryDelay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    /// <summary>
    /// Sleeps until the earliest pending deadline is due, at most a poll interval (deadlines written by other
    /// replicas are seen then); a commit in this process that sets a sooner one wakes it at once. After a pass
    /// that fired something, deadlines falling due within <see cref="DeadlineOptions.Coalesce"/> wait for one pass
    /// together. After a pass that found nothing to fire, a deadline already due is one another replica holds: look
    /// again shortly rather than at once, or the loop spins until that replica commits.
    /// </summary>
    private async Task SleepUntilNextDueAsync(bool idle, CancellationToken cancellationToken)
    {
        var nextDue = await NextDueAsync(cancellationToken);
        var now = time.GetUtcNow();
        var wakeAt = now + _options.PollInterval;
        if (nextDue < wakeAt)
        {
            wakeAt = Max(nextDue.Value, now + (idle ? HeldElsewhereRetry : _options.Coalesce));
        }

        wakeups.Deadlines.Plan(wakeAt);
        await wakeups.Deadlines.WaitAsync(wakeAt - now, time, cancellationToken);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>The due time of the earliest pending deadline not waiting for a retry (those are retried on the poll).</summary>
    private async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        return await db.Set<Deadline>()
            .Where(d => d.Status == DeadlineStatus.Pending && d.RetryAfter == null)
            .OrderBy(d => d.DueAt)
            .Select(d => (DateTimeOffset?)d.DueAt)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Fires (or records the failure of) the due deadlines; returns about how many one connection took. Most passes
    /// find a few deadlines due, which one claim fires; only a full claim (a backlog) brings in all
    /// <see cref="DeadlineOptions.Concurrency"/> connections, each firing up to a batch. <c>SKIP LOCKED</c> keeps
    /// them off each other's rows. Every claim reads the pending index from its oldest entry, past the entries of
    /// deadlines fired since the last vacuum, so claims that would find nothing are not made.
    /// </summary>
    internal async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var together = Math.Max(1, _options.FireTogether);
        var (taken, failed) = await FireAsync(together, cancellationToken);
        var first = failed ? await FireOneAtATimeAsync(taken, cancellationToken) : taken;
        if (taken < together)
        {
            return first;
        }

        var workers = Math.Max(1, _options.Concurrency);
        var processed = await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => FireBatchAsync(together, cancellationToken)));
        return first + processed.Max();
    }

    private async Task<int> FireBatchAsync(int together, CancellationToken cancellationToken)
    {
        var processed = 0;
        while (processed < _options.BatchSize)
        {
            var (taken, failed) = await FireAsync(together, cancellationToken);
            processed += failed ? await FireOneAtATimeAsync(taken, cancellationToken) : taken;
            if (taken < together)
            {
                break; // nothing more is due that another connection does not hold
            }
        }

        return processed;
    }

    /// <summary>
    /// After a claim of <paramref name="count"/> failed and took the others' commit with it: fires that many one at a
    /// time, so only the failing one is held back and retried.
    /// </summary>
    private async Task<int> FireOneAtATimeAsync(int count, CancellationToken cancellationToken)
    {
        var processed = 0;
        while (processed < count && (await FireAsync(1, cancellationToken)).Taken > 0)
        {
            processed++;
        }

        return processed;
    }

    /// <summary>
    /// Claims up to <paramref name="limit"/> due deadlines and fires them in one transaction: their handlers' changes
    /// and the deadlines marked fired commit together, one commit for many clocks. Returns how many were claimed
    /// and whether the transaction failed (and rolled back); the failure of a single deadline is recorded on it.
    /// </summary>
    private async Task<(int Taken, bool Failed)> FireAsync(int limit, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var handlers = scope.ServiceProvider.GetServices<IDeadlineHandler>().ToList();
        Deadline? failed = null;
        Exception? failure = null;
        var attemptsBefore = 0;

        var strategy = db.Database.CreateExecutionStrategy();
        var taken = await strategy.ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                failed = null;
                failure = null;
                var now = time.GetUtcNow();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var due = await db.Set<Deadline>()
                    .FromSql($"""
                        SELECT * FROM deadlines
                        WHERE status = 'Pending' AND due_at <= {now} AND (retry_after IS NULL OR retry_after <= {now})
                        ORDER BY due_at
                        LIMIT {limit}
                        FOR UPDATE SKIP LOCKED
                        """)
                    .ToListAsync(ct);
                if (due.Count == 0)
                {
                    return 0;
                }

                var current = due[0];
                attemptsBefore = current.Attempts;
                var fired = new List<(Deadline Deadline, DateTimeOffset At)>(due.Count);
                try
                {
                    foreach (var deadline in due)
                    {
                        (current, attemptsBefore) = (deadline, deadline.Attempts);
                        var handler = handlers.FirstOrDefault(h => h.Kind == deadline.Kind)
                            ?? throw new InvalidOperationException($"No handler is registered for deadlines of kind '{deadline.Kind}'.");
                        await handler.HandleAsync(deadline, ct);
                        var firedAt = time.GetUtcNow();
                        if (!deadline.Rearmed)
                        {
                            deadline.MarkFired(firedAt);
                        }

                        fired.Add((deadline, firedAt));
                    }

                    // Saving is part of the attempt: a change the database rejects (a constraint violation) must
                    // back off like a throwing handler, or this deadline, due first, is claimed again on every
                    // pass and holds up all the others.
                    await db.SaveChangesAsync(ct);
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    // Roll back whatever the handlers did; the failure is recorded in a transaction of its own.
                    (failed, failure) = (current, ex);
                    return due.Count;
                }

                await transaction.CommitAsync(ct);
                foreach (var (deadline, at) in fired)
                {
                    MessagingTelemetry.DeadlinesFired.Add(1, new KeyValuePair<string, object?>("deadline.kind", deadline.Kind));
                    MessagingTelemetry.DeadlineDelay.Record((at - deadline.DueAt).TotalSeconds);
                }

                return due.Count;
            },
            cancellationToken);

        if (failed is null || failure is null)
        {
            return (taken, false);
        }

        if (limit == 1)
        {
            await RecordFailureAsync(failed, attemptsBefore, failure, cancellationToken);
        }

        return (taken, true);
    }

    private async Task RecordFailureAsync(Deadline deadline, int attemptsBefore, Exception failure, CancellationToken cancellationToken)
    {
        LogHandlerFailed(failure, deadline.Kind, deadline.Key, attemptsBefore + 1);
        var delayTicks = Math.Min(
            _options.RetryDelay.Ticks * (1L << Math.Min(attemptsBefore, 20)),
            _options.MaxRetryDelay.Ticks);
        var retryAfter = time.GetUtcNow() + TimeSpan.FromTicks(delayTicks);
        var error = failure.Message.Length > 2000 ? failure.Message[..2000] : failure.Message;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await db.Set<Deadline>()
            .Where(d => d.Id == deadline.Id && d.Status == DeadlineStatus.Pending)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                    .SetProperty(d => d.RetryAfter, retryAfter)
                    .SetProperty(d => d.LastError, error),
                cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline handler for {Kind}/{Key} failed (attempt {Attempt}); it will be retried")]
    private partial void LogHandlerFailed(Exception exception, string kind, string key, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deadline scheduler pass failed; retrying")]
    private partial void LogSchedulerFailed(Exception exception);
}
