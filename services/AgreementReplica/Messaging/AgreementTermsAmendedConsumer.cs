using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.AgreementReplica.Data;
using Platform.Contracts.Events.Agreements;
using Platform.Messaging.Inbox;

namespace Platform.AgreementReplica.Messaging;

/// <summary>
/// Keeps an amended terms version, so work received after its effective time is judged by it. A version not held
/// before is passed on to the context's <see cref="IAgreementChangeHandler"/>s.
/// </summary>
public sealed class AgreementTermsAmendedConsumer<TDbContext>(
    TDbContext db,
    TimeProvider time,
    ILogger<AgreementTermsAmendedConsumer<TDbContext>> logger,
    IEnumerable<IAgreementChangeHandler> changeHandlers)
    : IdempotentConsumer<AgreementTermsAmended, TDbContext>(db, time, logger)
    where TDbContext : DbContext
{
    protected override async Task HandleAsync(AgreementTermsAmended message, CancellationToken cancellationToken)
    {
        var known = await Db.GetOrAddKnownAgreementAsync(message.AgreementId, cancellationToken);
        if (known.RecordTerms(message.TermsVersion, message.EffectiveFrom, message.Terms))
        {
            await changeHandlers.NotifyAsync(Db, known, message.EffectiveFrom, cancellationToken);
        }
    }
}
