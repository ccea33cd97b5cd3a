using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Platform.Messaging.Inbox;

/// <summary>
/// The inbox of processed messages, shared by the single and the batch consumers: a message's inbox row and its
/// effect commit in one transaction, and a row that is already there means the message changes nothing.
/// </summary>
internal static partial class InboxWriter
{
    // Names are built by reflection once per consumer type, not on every message.
    private static readonly ConcurrentDictionary<Type, string> s_consumerNames = new();

    /// <summary>A readable, stable name for the inbox key, with generic arguments (<c>Consumer&lt;Fact,Db&gt;</c>).</summary>
    public static string ConsumerName(Type consumerType) => s_consumerNames.GetOrAdd(consumerType, NameOf);

    /// <summary>
    /// Applies one message in its own transaction: the inbox row first (a conflict on the key means it was
    /// processed, and nothing else happens), then <paramref name="handle"/>, one SaveChanges, the commit.
    /// </summary>
    public static async Task ConsumeOnceAsync(
        DbContext db, TimeProvider time, ILogger logger, Guid messageId, string messageType, string consumer,
        Func<CancellationToken, Task> handle, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var now = time.GetUtcNow();
                var inserted = await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, {now}) ON CONFLICT DO NOTHING",
                    ct);
                if (inserted == 0)
                {
                    Skipped(logger, messageType, messageId, consumer);
                    return;
                }

                await handle(ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            },
            cancellationToken);
    }

    /// <summary>
    /// Writes the inbox rows of many messages in one statement and returns the ids that were new. Ids are inserted
    /// in order, so two transactions holding overlapping ids lock them in the same order and never deadlock.
    /// </summary>
    public static async Task<HashSet<Guid>> InsertNewAsync(
        DbContext db, IReadOnlyCollection<Guid> messageIds, string consumer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = messageIds.Distinct().Order().ToArray();
        var inserted = await db.Database
            .SqlQuery<Guid>($"""
                INSERT INTO inbox_messages (message_id, consumer, processed_at)
                SELECT id, {consumer}, {now} FROM unnest({ids}) WITH ORDINALITY AS m(id, n) ORDER BY n
                ON CONFLICT DO NOTHING
                RETURNING message_id AS "Value"
                """)
            .ToListAsync(cancellationToken);
        return [.. inserted];
    }

    /// <summary>A delivery the inbox recognised as processed: counted, and logged in the words the fault tests look for.</summary>
    public static void Skipped(ILogger logger, string messageType, Guid messageId, string consumer)
    {
        MessagingTelemetry.InboxDuplicates.Add(1);
        LogDuplicate(logger, messageType, messageId, consumer);
    }

    private static string NameOf(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(",", type.GetGenericArguments().Select(NameOf))}>";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped {MessageType} {MessageId}: {Consumer} already processed it")]
    private static partial void LogDuplicate(ILogger logger, string messageType, Guid messageId, string consumer);
}
