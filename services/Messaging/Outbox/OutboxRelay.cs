using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Platform.Messaging.Hosting;
using Platform.Messaging.Wakeups;

namespace Platform.Messaging.Outbox;

/// <summary>
/// Drains the outbox to RabbitMQ. A batch is claimed inside a transaction that holds a PostgreSQL advisory
/// lock, so with several replicas only one relay publishes at a time. Messages with the same ordering key
/// are published one after another in outbox order (a failure stops the rest of that key until its retry),
/// different keys concurrently, so many publisher confirms are in flight at once. Only confirmed messages
/// are marked sent; a message whose confirmation was lost is published again with the same message id,
/// which consumers' inboxes drop. When the host stops, the batch in flight is finished and then whatever is
/// committed by then is sent (until the outbox is empty or the shutdown timeout runs out) before the bus stops:
/// the bus is registered first, so it stops after this relay.
/// </summary>
internal sealed partial class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    MessagingWakeups wakeups,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay<TDbContext>> logger) : GracefulBackgroundService
    where TDbContext : DbContext
{
    // Advisory locks are per database, and every service has its own; any fixed key will do.
    private const long RelayLockKey = 0x6F7574626F78;
    private static readonly TimeSpan LockRetry = TimeSpan.FromMilliseconds(20);

    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _nextCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retryDelay = _options.RetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await RelayBatchAsync(ShutdownAborted);
                retryDelay = _options.RetryDelay;
                await CleanUpSentAsync(stoppingToken);
                if (MoreWaiting(batch))
                {
                    continue;
                }

                // Another replica is relaying: look again soon, as its batch may have been claimed before our commit.
                var wait = batch.LockBusy ? TimeSpan.FromTicks(Math.Min(LockRetry.Ticks, _options.PollInterval.Ticks)) : _options.PollInterval;
                await wakeups.Outbox.WaitAsync(wait, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The database itself failed; publish failures are handled per message.
                LogRelayFailed(ex, retryDelay);
                await Task.Delay(retryDelay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, _options.MaxRetryDelay.Ticks));
            }
        }

        await DrainAsync();
    }

    /// <summary>
    /// On the way out: sends what is committed, batch after batch, until a batch comes back short (the outbox is
    /// empty but for messages waiting for a retry), another replica holds the relay, or the shutdown timeout runs
    /// out. What is left is sent by the next relay to run, so nothing is lost either way.
    /// </summary>
    private async Task DrainAsync()
    {
        var sent = 0;
        try
        {
            RelayedBatch batch;
            do
            {
                batch = await RelayBatchAsync(ShutdownAborted);
                sent += batch.Sent;
            }
            while (MoreWaiting(batch));

            LogDrained(sent, batch.LockBusy);
        }
        catch (Exception ex)
        {
            LogDrainStopped(ex, sent);
        }
    }

    /// <summary>A full batch that got through: more is probably waiting, so the next batch goes at once.</summary>
    private bool MoreWaiting(RelayedBatch batch) => batch.Claimed == _options.BatchSize && batch.Sent > 0;

    /// <summary>Publishes one batch; returns how many messages it claimed and how many the broker confirmed.</summary>
    internal async Task<RelayedBatch> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var holdsLock = await db.Database
                    .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({RelayLockKey}) AS \"Value\"")
                    .SingleAsync(ct);
                if (!holdsLock)
                {
                    return new RelayedBatch(0, 0, LockBusy: true);
                }

                var batch = await ClaimAsync(db, time.GetUtcNow(), ct);
                if (batch.Count == 0)
                {
                    return new RelayedBatch(0, 0, LockBusy: false);
                }

                var sent = await PublishInOrderAsync(batch, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                MessagingTelemetry.OutboxPublished.Add(sent);
                return new RelayedBatch(batch.Count, sent, LockBusy: false);
            },
            cancellationToken);
    }

    /// <summary>
    /// Unsent messages due for a try, in outbox order, except those behind an earlier message of their key
    /// that waits for a retry: they must not overtake it.
    /// </summary>
    private Task<List<OutboxMessage>> ClaimAsync(TDbContext db, DateTimeOffset now, CancellationToken ct) =>
        db.Set<OutboxMessage>()
            .FromSql($"""
                SELECT * FROM outbox_messages m
                WHERE m.sent_at IS NULL
                  AND (m.retry_after IS NULL OR m.retry_after <= {now})
                  AND (m.ordering_key IS NULL OR NOT EXISTS (
                        SELECT 1 FROM outbox_messages earlier
                        WHERE earlier.ordering_key = m.ordering_key AND earlier.sent_at IS NULL
                          AND earlier.id < m.id AND earlier.retry_after > {now}))
                ORDER BY m.id
                LIMIT {_options.BatchSize}
                """)
            .ToListAsync(ct);

    private async Task<int> PublishInOrderAsync(List<OutboxMessage> batch, CancellationToken ct)
    {
        var streams = batch.GroupBy(m => m.OrderingKey ?? $"#{m.Id}");
        var sentPerStream = await Task.WhenAll(streams.Select(async stream =>
        {
            var sent = 0;
            foreach (var message in stream)
            {
                if (!await PublishAsync(message, ct))
                {
                    break;
                }

                sent++;
            }

            return sent;
        }));
        return sentPerStream.Sum();
    }

    private async Task<bool> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var activity = StartPublishActivity(message);
        Task? publish = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.PublishTimeout);
            var payload = OutboxSerializer.Deserialize(message);
            publish = bus.Publish(payload, payload.GetType(), context => context.MessageId = message.MessageId, timeout.Token);

            // MassTransit waits for the broker's confirmation on its channel's token, not ours: a confirmation lost
            // with a connection can keep the publish waiting for ever, and with it this transaction and the relay's
            // lock. So the wait is bounded here; a publish given up on is retried with the same message id.
            await publish.WaitAsync(_options.PublishTimeout, cancellationToken);
            var now = time.GetUtcNow();
            message.MarkSent(now);
            MessagingTelemetry.OutboxLag.Record((now - message.CreatedAt).TotalSeconds);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A publish given up on may still fail later, with nobody awaiting it.
            publish?.ContinueWith(static abandoned => abandoned.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
            var delayTicks = Math.Min(_options.RetryDelay.Ticks * (1L << Math.Min(message.Attempts, 20)), _options.MaxRetryDelay.Ticks);
            message.MarkFailed(ex.Message, time.GetUtcNow() + TimeSpan.FromTicks(delayTicks));
            MessagingTelemetry.OutboxPublishFailures.Add(1);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            LogPublishFailed(ex, message.MessageType, message.MessageId, message.Attempts);
            return false;
        }
    }

    private static Activity? StartPublishActivity(OutboxMessage message)
    {
        // Continue the trace of the request that raised the event, not the relay's own loop.
        ActivityContext.TryParse(message.TraceParent, null, out var parent);
        var activity = MessagingTelemetry.ActivitySource.StartActivity(
            $"outbox publish {message.MessageType}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", message.MessageId);
        return activity;
    }

    private async Task CleanUpSentAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now < _nextCleanup)
        {
            return;
        }

        _nextCleanup = now.AddHours(1);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var cutoff = now - _options.SentRetention;
        await db.Set<OutboxMessage>().Where(m => m.SentAt != null && m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    internal readonly record struct RelayedBatch(int Claimed, int Sent, bool LockBusy);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox relay stopped after sending {Sent} committed messages on the way out (another replica relaying: {LockBusy})")]
    private partial void LogDrained(int sent, bool lockBusy);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay stopped before the outbox was empty ({Sent} sent on the way out); the next relay sends the rest")]
    private partial void LogDrainStopped(Exception exception, int sent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay failed; retrying in {RetryDelay}")]
    private partial void LogRelayFailed(Exception exception, TimeSpan retryDelay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not publish {MessageType} {MessageId} (attempt {Attempt}); it will be retried")]
    private partial void LogPublishFailed(Exception exception, string messageType, Guid messageId, int attempt);
}
