using System.Collections.Concurrent;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Platform.Messaging.Inbox;

/// <summary>
/// Base of every consumer: the inbox row (message id, consumer) and the consumer's effect commit in one
/// transaction. A redelivered message conflicts on the inbox key and changes nothing; two deliveries racing
/// each other serialise on that key, so the second sees the first's row once it commits. The message is
/// acknowledged only after the commit (MassTransit acks when Consume returns).
/// </summary>
public abstract partial class IdempotentConsumer<TMessage, TDbContext>(TDbContext db, TimeProvider time, ILogger logger)
    : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    /// <summary>The service's DbContext; the effect is written through it.</summary>
    protected TDbContext Db { get; } = db;

    /// <summary>The clock of the service.</summary>
    protected TimeProvider Time { get; } = time;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id.");
        var consumer = s_consumerNames.GetOrAdd(GetType(), ConsumerName);
        var strategy = Db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            async ct =>
            {
                Db.ChangeTracker.Clear();
                await using var transaction = await Db.Database.BeginTransactionAsync(ct);
                var now = Time.GetUtcNow();
                var inserted = await Db.Database.ExecuteSqlAsync(
                    $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, {now}) ON CONFLICT DO NOTHING",
                    ct);
                if (inserted == 0)
                {
                    MessagingTelemetry.InboxDuplicates.Add(1);
                    LogDuplicate(logger, typeof(TMessage).Name, messageId, consumer);
                    return;
                }

                await HandleAsync(context.Message, ct);
                await Db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            },
            context.CancellationToken);
    }

    /// <summary>A readable, stable name for the inbox key, with generic arguments (<c>Consumer&lt;Fact,Db&gt;</c>).</summary>
    // Names are built by reflection once per consumer type, not on every message.
    private static readonly ConcurrentDictionary<Type, string> s_consumerNames = new();

    private static string ConsumerName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(",", type.GetGenericArguments().Select(ConsumerName))}>";
    }

    /// <summary>Applies the message: change entities of <see cref="Db"/> (SaveChanges is done by the base).</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped {MessageType} {MessageId}: {Consumer} already processed it")]
    private static partial void LogDuplicate(ILogger logger, string messageType, Guid messageId, string consumer);
}
