using Platform.Agreements.Data;
using Platform.Contracts.Events.Disputes;
using Platform.Messaging.Inbox;
using Platform.Messaging.Outbox;

namespace Platform.Agreements.Messaging;

/// <summary>
/// Flow 7: a dispute opened on breaches marks them disputed; one the resolution already settled stays
/// settled (see <see cref="DisputedBreaches"/> for breaches it cannot change).
/// </summary>
internal sealed class DisputeOpenedConsumer(AgreementsDbContext db, IOutbox outbox, TimeProvider time, ILogger<DisputeOpenedConsumer> logger)
    : IdempotentConsumer<DisputeOpened, AgreementsDbContext>(db, time, logger)
{
    protected override Task HandleAsync(DisputeOpened message, CancellationToken cancellationToken) =>
        DisputedBreaches.ApplyAsync(
            Db, outbox, logger, message.BreachIds, breach => breach.MarkDisputed(message.DisputeId, message.OccurredAt), cancellationToken);
}
