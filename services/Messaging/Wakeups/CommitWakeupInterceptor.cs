using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Platform.Messaging.Wakeups;

/// <summary>
/// Wakes the outbox relay when a transaction that wrote outbox messages commits, and the deadline scheduler when
/// one set a deadline sooner than it planned to look: events leave in milliseconds instead of a poll interval
/// later. Polling stays as the fallback for rows written by other replicas. The outbox and the deadlines tell it
/// what they wrote into which context, so no save has to scan its change tracker.
/// </summary>
internal sealed class CommitWakeupInterceptor(MessagingWakeups wakeups) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    /// <summary>An outbox message was added to <paramref name="context"/>: wake the relay when it commits.</summary>
    public void OutboxWritten(DbContext context) => _pending.GetOrCreateValue(context).Outbox = true;

    /// <summary>A pending deadline due at <paramref name="dueAt"/> was set in <paramref name="context"/>.</summary>
    public void DeadlineSet(DbContext context, DateTimeOffset dueAt)
    {
        var pending = _pending.GetOrCreateValue(context);
        if (pending.EarliestDue is not { } earliest || dueAt < earliest)
        {
            pending.EarliestDue = dueAt;
        }
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wake(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Without a transaction of the caller's, the save has committed by now.</summary>
    private void AfterSave(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Wake(context);
        }
    }

    private void Wake(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        _pending.Remove(context);
        if (pending.Outbox)
        {
            wakeups.Outbox.Notify();
        }

        if (pending.EarliestDue is { } due)
        {
            wakeups.Deadlines.Committed(due);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private sealed class Pending
    {
        public bool Outbox { get; set; }

        public DateTimeOffset? EarliestDue { get; set; }
    }
}
