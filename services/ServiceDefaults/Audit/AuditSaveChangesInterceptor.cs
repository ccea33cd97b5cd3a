using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Inbox;
using Platform.Messaging.Outbox;
using Platform.SharedKernel;

namespace Platform.ServiceDefaults.Audit;

/// <summary>
/// Adds the record of the change a gRPC call makes to that change's own SaveChanges, so the record commits
/// with the change or not at all. The target is the aggregate the call added or changed.
/// </summary>
internal sealed class AuditSaveChangesInterceptor(AuditScope scope, TimeProvider time) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stage(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stage(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved();
        return base.SavedChanges(eventData, result);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Failed(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    private void Stage(DbContext? context)
    {
        if (context is null || !scope.IsChange || scope.Recorded || scope.Pending is not null)
        {
            return;
        }

        var target = TargetOf(context);
        if (target is null)
        {
            return; // nothing of the domain changes in this save (e.g. only an inbox row)
        }

        scope.TargetId = target;
        scope.Pending = AuditTrail.Record(scope.Caller!, scope.Rpc!, target, "OK", AuditKinds.Change, time.GetUtcNow());
        context.Add(scope.Pending);
    }

    private void Saved()
    {
        if (scope.Pending is not null)
        {
            scope.Pending = null;
            scope.Recorded = true;
        }
    }

    private void Failed(DbContext? context)
    {
        // A retried save stages its record again; the failed one must not linger in the tracker.
        if (scope.Pending is { } pending && context is not null)
        {
            context.Entry(pending).State = EntityState.Detached;
        }

        scope.Pending = null;
    }

    private static string? TargetOf(DbContext context)
    {
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not (OutboxMessage or InboxMessage or Deadline or AuditRecord))
            .ToList();
        var entry = changed.FirstOrDefault(e => e.Entity is AggregateRoot) ?? changed.FirstOrDefault();
        if (entry?.Metadata.FindPrimaryKey() is not { } key)
        {
            return null;
        }

        return string.Join('/', key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
    }
}
