using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Data;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;

namespace Platform.Agreements.Messaging;

/// <summary>When an active agreement's expiry time comes, it expires and AgreementExpired is published.</summary>
internal sealed class AgreementExpiryHandler(AgreementsDbContext db, IOutbox outbox, TimeProvider time) : IDeadlineHandler
{
    public const string DeadlineKind = "agreement.expiry";

    public string Kind => DeadlineKind;

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var agreementId = Guid.Parse(deadline.Key);
        var agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is not null && agreement.Expire(time.GetUtcNow()))
        {
            AgreementIntegrationEvents.Enqueue(agreement, outbox);
        }
    }
}
