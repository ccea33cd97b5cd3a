using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.AgreementReplica.Data;
using Platform.AgreementReplica.Domain;
using Platform.Contracts.Events.Agreements;
using Platform.Messaging.Inbox;

namespace Platform.AgreementReplica.Messaging;

/// <summary>
/// Keeps this context's copy of an agreement's lifecycle: it accepts work only while the agreement is active.
/// A fact that changed the copy is passed on to the context's <see cref="IAgreementChangeHandler"/>s.
/// </summary>
public sealed class AgreementLifecycleConsumer<TFact, TDbContext>(
    TDbContext db,
    TimeProvider time,
    ILogger<AgreementLifecycleConsumer<TFact, TDbContext>> logger,
    IEnumerable<IAgreementChangeHandler> changeHandlers)
    : IdempotentConsumer<TFact, TDbContext>(db, time, logger)
    where TFact : AgreementFact
    where TDbContext : DbContext
{
    protected override async Task HandleAsync(TFact message, CancellationToken cancellationToken)
    {
        var known = await Db.GetOrAddKnownAgreementAsync(message.AgreementId, cancellationToken);
        var changed = known.Record(message.Number, StatusAfter(message), message.AgreementVersion, message.OccurredAt);
        var effectiveAt = message.OccurredAt;
        if (message is AgreementActivated { Terms: { } terms } activated)
        {
            changed |= known.RecordTerms(terms.Version, activated.EffectiveFrom, terms);
            known.RecordPromisor(activated.PromisorId);
            effectiveAt = activated.EffectiveFrom;
        }

        if (changed)
        {
            await changeHandlers.NotifyAsync(Db, known, effectiveAt, cancellationToken);
        }
    }

    private static KnownAgreementStatus StatusAfter(AgreementFact fact) => fact switch
    {
        AgreementActivated or AgreementResumed => KnownAgreementStatus.Active,
        AgreementSuspended => KnownAgreementStatus.Suspended,
        AgreementTerminated => KnownAgreementStatus.Terminated,
        AgreementExpired => KnownAgreementStatus.Expired,
        _ => throw new InvalidOperationException($"{fact.GetType().Name} is not a lifecycle fact."),
    };
}
