using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Contracts.Events.Disputes;
using Platform.Messaging.Inbox;
using Platform.Messaging.Outbox;

namespace Platform.Agreements.Messaging;

/// <summary>
/// Flow 7: a resolved dispute settles its breaches; a withdrawn one settles nothing, so its breaches return to
/// the status they had before it. Facts may arrive out of order, so a breach the opening has not marked
/// disputed yet is marked disputed and then settled or released at once (the late opening then changes nothing).
/// </summary>
internal sealed class DisputeResolvedConsumer(AgreementsDbContext db, IOutbox outbox, TimeProvider time, ILogger<DisputeResolvedConsumer> logger)
    : IdempotentConsumer<DisputeResolved, AgreementsDbContext>(db, time, logger)
{
    private const string WithdrawnOutcome = "Withdrawn";

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

                if (message.Outcome == WithdrawnOutcome)
                {
                    breach.MarkDisputeWithdrawn(message.DisputeId, message.OccurredAt);
                }
                else
                {
                    breach.MarkSettled(message.DisputeId, message.OccurredAt);
                }
            },
            cancellationToken);
}
