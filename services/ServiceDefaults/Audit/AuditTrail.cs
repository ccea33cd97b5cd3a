using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Security;

namespace Platform.ServiceDefaults.Audit;

/// <summary>Writes audit records that have no change to ride with: refusals, failures, reads of personal data.</summary>
public interface IAuditTrail
{
    /// <summary>Records, in its own transaction, that <paramref name="caller"/> saw <paramref name="targetIds"/> unmasked.</summary>
    Task RecordPersonalDataReadAsync(Caller caller, string rpc, IEnumerable<string> targetIds, CancellationToken cancellationToken);

    /// <summary>Records, in its own transaction, one call's outcome.</summary>
    Task RecordAsync(Caller caller, string rpc, string? targetId, string outcome, string kind, CancellationToken cancellationToken);

    /// <summary>A page of records, newest first, matching the filters.</summary>
    Task<IReadOnlyList<AuditRecord>> ListAsync(AuditQuery query, CancellationToken cancellationToken);
}

/// <summary>Filters of <see cref="IAuditTrail.ListAsync"/>; <see cref="Before"/> is the keyset position.</summary>
public sealed record AuditQuery(DateTimeOffset? Since, DateTimeOffset? Until, string? Subject, string? TargetId, long? Before, int Take);

internal sealed class AuditTrail<TDbContext>(IServiceScopeFactory scopes, TimeProvider time) : IAuditTrail
    where TDbContext : DbContext
{
    public async Task RecordPersonalDataReadAsync(Caller caller, string rpc, IEnumerable<string> targetIds, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        await WriteAsync(targetIds.Select(id => AuditTrail.Record(caller, rpc, id, "OK", AuditKinds.PersonalDataRead, at)).ToList(), cancellationToken);
    }

    public Task RecordAsync(Caller caller, string rpc, string? targetId, string outcome, string kind, CancellationToken cancellationToken) =>
        WriteAsync([AuditTrail.Record(caller, rpc, targetId, outcome, kind, time.GetUtcNow())], cancellationToken);

    public async Task<IReadOnlyList<AuditRecord>> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = scopes.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<TDbContext>().Set<AuditRecord>().AsNoTracking();
        if (query.Since is { } since)
        {
            records = records.Where(r => r.At >= since);
        }

        if (query.Until is { } until)
        {
            records = records.Where(r => r.At < until);
        }

        if (query.Subject is { } subject)
        {
            records = records.Where(r => r.Subject == subject);
        }

        if (query.TargetId is { } target)
        {
            records = records.Where(r => r.TargetId == target);
        }

        if (query.Before is { } before)
        {
            records = records.Where(r => r.Sequence < before);
        }

        return await records.OrderByDescending(r => r.Sequence).Take(query.Take).ToListAsync(cancellationToken);
    }

    private async Task WriteAsync(List<AuditRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        // A fresh context: the call's own one may hold the entities of the change that failed.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        db.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal static class AuditTrail
{
    public static AuditRecord Record(Caller caller, string rpc, string? targetId, string outcome, string kind, DateTimeOffset at) =>
        new(at, Cut(caller.Subject, 200), Cut(string.Join(' ', caller.Roles.Order(StringComparer.Ordinal)), 500), Cut(rpc, 200), targetId is null ? null : Cut(targetId, 200), outcome, kind);

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
