using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.AgreementReplica.Data;
using Platform.Contracts.Events.Agreements;
using Platform.Messaging.Inbox;

namespace Platform.AgreementReplica.Messaging;

/// <summary>An agreement expired: the context accepts no new work for it.</summary>
public sealed class AgreementExpiredConsumer<TDbContext>(TDbContext db, TimeProvider time, ILogger<AgreementExpiredConsumer<TDbContext>> logger)
    : IdempotentConsumer<AgreementExpired, TDbContext>(db, time, logger)
    where TDbContext : DbContext
{
    protected override async Task HandleAsync(AgreementExpired message, CancellationToken cancellationToken)
    {
        var known = await Db.GetOrAddKnownAgreementAsync(message.AgreementId, cancellationToken);
        known.Expired(message.Number, message.AgreementVersion, message.OccurredAt);
    }
}
