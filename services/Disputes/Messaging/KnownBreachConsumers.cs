using Microsoft.EntityFrameworkCore;
using Platform.Disputes.Domain.Breaches;

namespace Platform.Disputes.Messaging;

internal static class KnownBreachConsumers
{
    /// <summary>The copy of a breach to apply a fact to, created (and tracked) on the first fact heard.</summary>
    public static async Task<KnownBreach> GetOrAddKnownBreachAsync(this DbContext db, Guid breachId, Guid agreementId, CancellationToken cancellationToken)
    {
        var known = await db.Set<KnownBreach>().FindAsync([breachId], cancellationToken);
        if (known is null)
        {
            known = KnownBreach.FirstHeardOf(breachId, agreementId);
            db.Set<KnownBreach>().Add(known);
        }

        return known;
    }

    /// <summary>
    /// The copies of the breaches a batch of facts is about, read in one query: the returned function gives the copy
    /// of a breach, created (and tracked) on the first fact heard, the same one for every fact of the batch about it.
    /// </summary>
    public static async Task<Func<Guid, Guid, KnownBreach>> KnownBreachesAsync(this DbContext db, IEnumerable<Guid> breachIds, CancellationToken cancellationToken)
    {
        var ids = breachIds.Distinct().ToList();
        var known = await db.Set<KnownBreach>().Where(b => ids.Contains(b.BreachId)).ToDictionaryAsync(b => b.BreachId, cancellationToken);
        return (breachId, agreementId) =>
        {
            if (!known.TryGetValue(breachId, out var breach))
            {
                breach = KnownBreach.FirstHeardOf(breachId, agreementId);
                db.Set<KnownBreach>().Add(breach);
                known[breachId] = breach;
            }

            return breach;
        };
    }
}
