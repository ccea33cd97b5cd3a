using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;

namespace Platform.Messaging.Wakeups;

/// <summary>
/// Wakes the outbox relay when a transaction that wrote outbox messages commits, and the deadline scheduler when
/// one set a deadline sooner than it planned to look: events leave in milliseconds instead of a poll interval
/// later. Polling stays as the fallback for rows written by other replicas.
/// </summary>
internal sealed class CommitWakeupInterceptor(MessagingWakeups wakeups) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
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

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => AfterFailedSave(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        AfterFailedSave(eventData.Context);
        return Task.CompletedTask;
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

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var pending = _pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case OutboxMessage when entry.State == EntityState.Added:
                    pending.Outbox = true;
                    break;
                case Deadline { Status: DeadlineStatus.Pending } deadline when entry.State is EntityState.Added or EntityState.Modified:
                    pending.EarliestDue = pending.EarliestDue is { } earliest && earliest <= deadline.DueAt ? earliest : deadline.DueAt;
                    break;
            }
        }
    }

    /// <summary>Without a transaction of the caller's, the save has committed (or failed) by now.</summary>
    private void AfterSave(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Wake(context);
        }
    }

    /// <summary>Without a transaction of the caller's, nothing of the failed save was kept; within one, earlier saves may still commit.</summary>
    private void AfterFailedSave(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Forget(context);
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
