using System.Data.Common;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Platform.Messaging.Inbox;

/// <summary>
/// An <see cref="IdempotentConsumer{TMessage,TDbContext}"/> for a busy queue: MassTransit hands it the messages
/// that arrived together (<see cref="Batch{T}"/>, sized by the consumer's <see cref="BatchOptions"/>), and one
/// transaction writes all their inbox rows (skipping ids already processed), applies the new messages and
/// commits once, instead of a transaction and its round trips per message.
/// <para>
/// When that transaction fails (a broken rule, a bad message, a concurrent writer of the same fact) it is rolled
/// back and every message is applied again in a transaction of its own, so one bad message neither blocks nor
/// poisons the others: those that commit are done (MassTransit acknowledges them), and the batch fails with the
/// failure of the one that did not, which then takes the normal way of a failed message — retries (only the
/// messages still undone are retried), then the <c>_error</c> queue with its reason. A database outage blames no
/// message: the batch fails whole and is retried.
/// </para>
/// </summary>
public abstract partial class IdempotentBatchConsumer<TMessage, TDbContext>(TDbContext db, TimeProvider time, ILogger logger)
    : IConsumer<Batch<TMessage>>
    where TMessage : class
    where TDbContext : DbContext
{
    /// <summary>The service's DbContext; the effect is written through it.</summary>
    protected TDbContext Db { get; } = db;

    /// <summary>The clock of the service.</summary>
    protected TimeProvider Time { get; } = time;

    public async Task Consume(ConsumeContext<Batch<TMessage>> context)
    {
        // A message that committed on its own in an earlier attempt of this batch is done; retries skip it.
        var pending = context.Message.Where(message => !message.ReceiveContext.IsDelivered).ToList();
        if (pending.Count == 1)
        {
            await ConsumeAloneAsync(pending[0], context.CancellationToken);
            return;
        }

        if (pending.Count == 0)
        {
            return;
        }

        try
        {
            await ConsumeTogetherAsync(pending, context.CancellationToken);
            return;
        }
        catch (Exception ex) when (!context.CancellationToken.IsCancellationRequested && !IsOutage(ex))
        {
            LogBatchFailed(logger, pending.Count, typeof(TMessage).Name, ex.GetType().Name, ex.Message);
        }

        await ConsumeOneByOneAsync(pending, context.CancellationToken);
    }

    /// <summary>
    /// Applies the new messages of a batch, in the order they arrived: change entities of <see cref="Db"/>
    /// (SaveChanges is done by the base). Override it to read what the messages need in one query; by default
    /// it applies them one after the other with <see cref="HandleAsync"/>.
    /// </summary>
    protected virtual async Task HandleBatchAsync(IReadOnlyList<TMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var message in messages)
        {
            await HandleAsync(message, cancellationToken);
        }
    }

    /// <summary>
    /// Applies one message (a batch of one, or one by one after a batch failed); must have the same effect as
    /// <see cref="HandleBatchAsync"/>, which a consumer that overrides that gets by handing it the one message.
    /// </summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);

    private async Task ConsumeTogetherAsync(List<ConsumeContext<TMessage>> pending, CancellationToken cancellationToken)
    {
        var consumer = InboxWriter.ConsumerName(GetType());
        List<ConsumeContext<TMessage>> skipped = [];
        var strategy = Db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            async ct =>
            {
                Db.ChangeTracker.Clear();
                skipped = [];
                await using var transaction = await Db.Database.BeginTransactionAsync(ct);
                var inserted = await InboxWriter.InsertNewAsync(Db, [.. pending.Select(MessageIdOf)], consumer, Time.GetUtcNow(), ct);
                List<TMessage> fresh = [];
                foreach (var message in pending)
                {
                    // Remove, so a second copy of a message in the same batch counts as the duplicate it is.
                    if (inserted.Remove(MessageIdOf(message)))
                    {
                        fresh.Add(message.Message);
                    }
                    else
                    {
                        skipped.Add(message);
                    }
                }

                if (fresh.Count > 0)
                {
                    await HandleBatchAsync(fresh, ct);
                    await Db.SaveChangesAsync(ct);
                }

                await transaction.CommitAsync(ct);
            },
            cancellationToken);

        foreach (var message in skipped)
        {
            InboxWriter.Skipped(logger, typeof(TMessage).Name, MessageIdOf(message), consumer);
        }
    }

    private async Task ConsumeOneByOneAsync(List<ConsumeContext<TMessage>> pending, CancellationToken cancellationToken)
    {
        List<(ConsumeContext<TMessage> Message, TimeSpan Took)> done = [];
        List<ExceptionDispatchInfo> failures = [];
        foreach (var message in pending)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await ConsumeAloneAsync(message, cancellationToken);
                done.Add((message, Stopwatch.GetElapsedTime(started)));
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogMessageFailed(logger, typeof(TMessage).Name, message.MessageId, ex.GetType().Name, ex.Message);
                failures.Add(ExceptionDispatchInfo.Capture(ex));
                if (IsOutage(ex))
                {
                    break; // the database, not this message: the rest would only wait for it one by one
                }
            }
        }

        if (failures.Count == 0)
        {
            return;
        }

        // Marked consumed, the messages that committed are acknowledged although the batch fails; the others fault
        // with the batch's exception, the first failure's (each failure is logged above with its own reason).
        foreach (var (message, took) in done)
        {
            await message.NotifyConsumed(message, took, InboxWriter.ConsumerName(GetType()));
        }

        failures[0].Throw();
    }

    /// <summary>
    /// The database is unreachable (the execution strategy gave up on transient errors): no message is to blame,
    /// so the batch fails as a whole and is retried, instead of waiting for the outage once per message.
    /// </summary>
    private static bool IsOutage(Exception ex) => ex is RetryLimitExceededException or DbException { IsTransient: true } or TimeoutException;

    private Task ConsumeAloneAsync(ConsumeContext<TMessage> message, CancellationToken cancellationToken) =>
        InboxWriter.ConsumeOnceAsync(
            Db, Time, logger, MessageIdOf(message), typeof(TMessage).Name, InboxWriter.ConsumerName(GetType()),
            ct => HandleAsync(message.Message, ct), cancellationToken);

    private static Guid MessageIdOf(ConsumeContext<TMessage> message) =>
        message.MessageId ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} {MessageType} failed together ({Error}: {Reason}); applying them one by one")]
    private static partial void LogBatchFailed(ILogger logger, int count, string messageType, string error, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{MessageType} {MessageId} failed on its own ({Error}: {Reason}); the others of its batch are applied")]
    private static partial void LogMessageFailed(ILogger logger, string messageType, Guid? messageId, string error, string reason);
}
