using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Domain;

namespace Platform.AgreementReplica.Messaging;

internal static class AgreementChangeHandlers
{
    /// <summary>
    /// Tells the context's handlers about a change applied to <paramref name="known"/>. The change is written first
    /// (inside the consumer's transaction) so handlers that query the copy see it. An agreement whose promisor is
    /// not known yet concerns no promisor: its activation tells them when it arrives.
    /// </summary>
    public static async Task NotifyAsync(
        this IEnumerable<IAgreementChangeHandler> handlers,
        DbContext db,
        KnownAgreement known,
        DateTimeOffset effectiveAt,
        CancellationToken cancellationToken)
    {
        var toNotify = handlers.ToList();
        if (toNotify.Count == 0 || known.PromisorId is not { } promisorId)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        var change = new KnownAgreementChange(known.AgreementId, promisorId, effectiveAt);
        foreach (var handler in toNotify)
        {
            await handler.HandleAsync(change, cancellationToken);
        }
    }
}
