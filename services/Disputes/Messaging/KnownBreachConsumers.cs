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
}
