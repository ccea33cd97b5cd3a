using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Platform.AgreementReplica.Data;
using Platform.Contracts.Events.Agreements;
using Platform.Messaging.Inbox;

namespace Platform.AgreementReplica.Messaging;

/// <summary>Flow 1: an agreement was signed, so the context accepts work for it.</summary>
public sealed class AgreementActivatedConsumer<TDbContext>(TDbContext db, TimeProvider time, ILogger<AgreementActivatedConsumer<TDbContext>> logger)
    : IdempotentConsumer<AgreementActivated, TDbContext>(db, time, logger)
    where TDbContext : DbContext
{
    protected override async Task HandleAsync(AgreementActivated message, CancellationToken cancellationToken)
    {
        var known = await Db.GetOrAddKnownAgreementAsync(message.AgreementId, cancellationToken);
        known.Activated(message.Number, message.AgreementVersion, message.OccurredAt);
    }
}
