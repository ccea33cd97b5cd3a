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
        if (known)
        {
            return null;
        }

        var breach = Breach.Determine(Guid.CreateVersion7(), finding, time.GetUtcNow());
        db.Breaches.Add(breach);
        db.Entry(breach).Property(BreachConfiguration.DedupKey).CurrentValue = key;
        BreachIntegrationEvents.Enqueue(breach, outbox);
        AgreementsMetrics.BreachDetermined(breach);
        return breach;
    }
}
