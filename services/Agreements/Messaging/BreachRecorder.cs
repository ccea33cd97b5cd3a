using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Messaging.Outbox;

namespace Platform.Agreements.Messaging;

/// <summary>
/// Records what a clause-4 rule found, once per fact: a finding whose evidence key the agreement already has
/// a breach for changes nothing (and a racing duplicate is refused by the unique index, then retried).
/// </summary>
internal sealed class BreachRecorder(AgreementsDbContext db, IOutbox outbox, TimeProvider time)
{
    public async Task<Breach?> RecordAsync(BreachFinding? finding, CancellationToken cancellationToken)
    {
        if (finding is null)
        {
            return null;
        }

        var key = finding.Evidence.Key;
        var known = await db.Breaches.AnyAsync(
            b => b.AgreementId == finding.AgreementId && EF.Property<string>(b, BreachConfiguration.DedupKey) == key,
            cancellationToken);
        return known ? null : Record(finding);
    }

    /// <summary>
    /// Records many findings, in order, with one query for the facts the ledger already has; a fact found twice
    /// among them makes one breach.
    /// </summary>
    public async Task RecordAllAsync(IEnumerable<BreachFinding?> findings, CancellationToken cancellationToken)
    {
        var found = findings.OfType<BreachFinding>().ToList();
        if (found.Count == 0)
        {
            return;
        }

        // Each (agreement, key) pair looked up in the unique index; "key = ANY(keys)" is only a filter over every
        // breach of the agreement (tens of thousands under load), as PostgreSQL plans it.
        var agreementIds = found.Select(f => f.AgreementId).ToArray();
        var keys = found.Select(f => f.Evidence.Key).ToArray();
        var stored = await db.Database
            .SqlQuery<long>($"""
                SELECT k.n AS "Value"
                FROM unnest({agreementIds}, {keys}) WITH ORDINALITY AS k(agreement_id, dedup_key, n)
                JOIN breaches b ON b.agreement_id = k.agreement_id AND b.dedup_key = k.dedup_key
                """)
            .ToListAsync(cancellationToken);
        var known = stored.Select(n => (found[(int)n - 1].AgreementId, found[(int)n - 1].Evidence.Key)).ToHashSet();
        foreach (var finding in found)
        {
            if (known.Add((finding.AgreementId, finding.Evidence.Key)))
            {
                Record(finding);
            }
        }
    }

    private Breach Record(BreachFinding finding)
    {
        var breach = Breach.Determine(Guid.CreateVersion7(), finding, time.GetUtcNow());
        db.Breaches.Add(breach);
        db.Entry(breach).Property(BreachConfiguration.DedupKey).CurrentValue = finding.Evidence.Key;
        BreachIntegrationEvents.Enqueue(breach, outbox);
        AgreementsMetrics.BreachDetermined(breach);
        return breach;
    }
}
