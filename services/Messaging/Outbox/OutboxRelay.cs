using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.Messaging.Outbox;

/// <summary>
/// Drains the outbox to RabbitMQ. A batch is claimed inside a transaction that holds a PostgreSQL advisory
/// lock, so with several replicas only one publishes at a time and the outbox order holds; the batch is kept
/// in flight together (publisher confirms awaited concurrently) and only confirmed messages are marked sent.
/// A message whose confirmation is lost is published again with the same message id, which consumers'
/// inboxes drop.
/// </summary>
internal sealed partial class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    // Advisory locks are per database, and every service has its own; any fixed key will do.
    private const long RelayLockKey = 0x6F7574626F78;

    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _nextCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retryDelay = _options.RetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var published = await RelayBatchAsync(stoppingToken);
                retryDelay = _options.RetryDelay;
                await CleanUpSentAsync(stoppingToken);
                if (published < _options.BatchSize)
                {
                    await Task.Delay(_options.PollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogRelayFailed(ex, retryDelay);
                await Task.Delay(retryDelay, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, _options.MaxRetryDelay.Ticks));
            }
        }
    }

    /// <summary>Publishes one batch; returns how many messages the broker confirmed.</summary>
    internal async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
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
                    return 0;
                }

                var batch = await db.Set<OutboxMessage>()
                    .Where(m => m.SentAt == null)
                    .OrderBy(m => m.Id)
                    .Take(_options.BatchSize)
                    .ToListAsync(ct);
                if (batch.Count == 0)
                {
                    return 0;
                }

                var confirmed = await Task.WhenAll(batch.Select(m => PublishAsync(m, ct)));
                var now = time.GetUtcNow();
                var sent = 0;
                for (var i = 0; i < batch.Count; i++)
                {
                    if (confirmed[i])
                    {
                        batch[i].MarkSent(now);
                        MessagingTelemetry.OutboxLag.Record((now - batch[i].CreatedAt).TotalSeconds);
                        sent++;
                    }
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                MessagingTelemetry.OutboxPublished.Add(sent);
                if (sent < batch.Count)
                {
                    throw new OutboxPublishException(batch.Count - sent, batch.Count);
                }

                return sent;
            },
            cancellationToken);
    }

    private async Task<bool> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var activity = StartPublishActivity(message);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.PublishTimeout);
            var payload = OutboxSerializer.Deserialize(message);
            await bus.Publish(payload, payload.GetType(), context => context.MessageId = message.MessageId, timeout.Token);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            message.MarkFailed(ex.Message);
            MessagingTelemetry.OutboxPublishFailures.Add(1);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay could not publish; retrying in {RetryDelay}")]
    private partial void LogRelayFailed(Exception exception, TimeSpan retryDelay);
}
