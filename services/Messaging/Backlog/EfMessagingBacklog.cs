using Microsoft.EntityFrameworkCore;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;

namespace Platform.Messaging.Backlog;

/// <summary>
/// Two aggregate queries, one per table, both served by the partial indexes on unsent messages and on
/// pending deadlines, so the answer stays cheap with a large backlog.
/// </summary>
internal sealed class EfMessagingBacklog<TDbContext>(TDbContext db) : IMessagingBacklog
    where TDbContext : DbContext
{
    public async Task<PendingOutbox> ReadOutboxAsync(CancellationToken cancellationToken)
    {
        var outbox = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.SentAt == null)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Pending = g.LongCount(),
                Failing = g.LongCount(m => m.Attempts > 0),
                Oldest = g.Min(m => (DateTimeOffset?)m.CreatedAt),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return new PendingOutbox(outbox?.Pending ?? 0, outbox?.Failing ?? 0, outbox?.Oldest);
    }

    public async Task<MessagingBacklog> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var outbox = await ReadOutboxAsync(cancellationToken);
        var deadlines = await db.Set<Deadline>().AsNoTracking()
            .Where(d => d.Status == DeadlineStatus.Pending)
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Pending = g.LongCount(),
                Due = g.LongCount(d => d.DueAt <= now),
                OldestDue = g.Where(d => d.DueAt <= now).Min(d => (DateTimeOffset?)d.DueAt),
                Failing = g.LongCount(d => d.Attempts > 0),
            })
            .SingleOrDefaultAsync(cancellationToken);

        return new MessagingBacklog(
            outbox.Pending,
            outbox.Failing,
            outbox.OldestPendingSince,
            deadlines?.Pending ?? 0,
            deadlines?.Due ?? 0,
            deadlines?.OldestDue,
            deadlines?.Failing ?? 0);
    }
}
