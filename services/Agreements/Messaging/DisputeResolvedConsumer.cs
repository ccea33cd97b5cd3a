using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Contracts.Events.Disputes;
using Platform.Messaging.Inbox;
using Platform.Messaging.Outbox;

namespace Platform.Agreements.Messaging;

/// <summary>
/// Flow 7: a resolved dispute settles its breaches. Facts may arrive out of order, so a breach the opening
/// has not marked disputed yet is marked disputed and settled at once (the late opening then changes nothing).
/// </summary>
internal sealed class DisputeResolvedConsumer(AgreementsDbContext db, IOutbox outbox, TimeProvider time, ILogger<DisputeResolvedConsumer> logger)
    : IdempotentConsumer<DisputeResolved, AgreementsDbContext>(db, time, logger)
{
    protected override Task HandleAsync(DisputeResolved message, CancellationToken cancellationToken) =>
        DisputedBreaches.ApplyAsync(
            Db,
            outbox,
            logger,
            message.BreachIds,
            breach =>
            {
                if (breach.Status is BreachStatus.Open or BreachStatus.Acknowledged)
                {
                    breach.MarkDisputed(message.DisputeId, message.OccurredAt);
                }

                // A withdrawn case settles nothing: its breaches stay disputed for an officer to handle.
                if (message.Outcome != "Withdrawn")
                {
                    breach.MarkSettled(message.DisputeId, message.OccurredAt);
                }
            },
            cancellationToken);
}
