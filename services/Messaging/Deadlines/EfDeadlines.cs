using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Messaging.Wakeups;

namespace Platform.Messaging.Deadlines;

internal sealed class EfDeadlines<TDbContext>(TDbContext db, TimeProvider time, ExistingDeadlineKeys existing, CommitWakeupInterceptor wakeups) : IDeadlines
    where TDbContext : DbContext
{
    public Task ScheduleNewAsync(string kind, string key, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        Add(kind, key, dueAt, null);
        return Task.CompletedTask;
    }

    public Task ScheduleAsync(string kind, string key, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        UpsertAsync(kind, key, dueAt, null, cancellationToken);

    public Task ScheduleAsync<TPayload>(string kind, string key, DateTimeOffset dueAt, TPayload payload, CancellationToken cancellationToken) =>
        UpsertAsync(kind, key, dueAt, JsonSerializer.Serialize(payload, DeadlineSerializer.Options), cancellationToken);

    public async Task EnsureScheduledAsync(string kind, string key, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (existing.Contains(kind, key))
        {
            return;
        }

        if (await FindAsync(kind, key, cancellationToken) is null)
        {
            Add(kind, key, dueAt, null);
        }
        else
        {
            existing.Add(kind, key);
        }
    }

    public async Task<bool> CancelAsync(string kind, string key, CancellationToken cancellationToken)
    {
        var deadline = await FindAsync(kind, key, cancellationToken);
        if (deadline is not { Status: DeadlineStatus.Pending })
        {
            return false;
        }

        deadline.Cancel();
        return true;
    }

    private async Task UpsertAsync(string kind, string key, DateTimeOffset dueAt, string? payload, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var existing = await FindAsync(kind, key, cancellationToken);
        if (existing is null)
        {
            Add(kind, key, dueAt, payload);
        }
        else
        {
            existing.Reschedule(dueAt, payload);
            wakeups.DeadlineSet(db, dueAt);

            // Written even when unchanged: the scheduler may be firing this row right now (it holds the row
            // lock); this UPDATE then waits for it and re-arms the row after, instead of being skipped as a
            // no-op and leaving the deadline fired.
            var entry = db.Entry(existing);
            if (entry.State != EntityState.Added)
            {
                foreach (var property in new[] { nameof(Deadline.DueAt), nameof(Deadline.Status), nameof(Deadline.FiredAt), nameof(Deadline.Attempts), nameof(Deadline.RetryAfter) })
                {
                    entry.Property(property).IsModified = true;
                }
            }
        }
    }

    private void Add(string kind, string key, DateTimeOffset dueAt, string? payload)
    {
        db.Set<Deadline>().Add(new Deadline(kind, key, dueAt, payload, time.GetUtcNow()));
        wakeups.DeadlineSet(db, dueAt);
    }

    private async Task<Deadline?> FindAsync(string kind, string key, CancellationToken cancellationToken) =>
        db.Set<Deadline>().Local.FirstOrDefault(d => d.Kind == kind && d.Key == key)
        ?? await db.Set<Deadline>().FirstOrDefaultAsync(d => d.Kind == kind && d.Key == key, cancellationToken);
}
