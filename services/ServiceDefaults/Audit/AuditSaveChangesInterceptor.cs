using System.Runtime.CompilerServices;
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
/// <para>
/// One for all contexts: the contexts are pooled, so each is told the audit scope of the call (the DI scope)
/// that leased it (<see cref="Attach"/>). A context made outside a scope has none and records nothing.
/// </para>
/// </summary>
internal sealed class AuditSaveChangesInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, AuditScope> _scopes = [];

    /// <summary>From now on, saves of <paramref name="context"/> belong to the call of <paramref name="scope"/>.</summary>
    public void Attach(DbContext context, AuditScope scope) => _scopes.AddOrUpdate(context, scope);

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
        Saved(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
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
        if (context is null || !_scopes.TryGetValue(context, out var scope) || !scope.IsChange || scope.Recorded || scope.Pending is not null)
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

    private void Saved(DbContext? context)
    {
        if (context is not null && _scopes.TryGetValue(context, out var scope) && scope.Pending is not null)
        {
            scope.Pending = null;
            scope.Recorded = true;
        }
    }

    private void Failed(DbContext? context)
    {
        // A retried save stages its record again; the failed one must not linger in the tracker.
        if (context is null || !_scopes.TryGetValue(context, out var scope))
        {
            return;
        }

        if (scope.Pending is { } pending)
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
