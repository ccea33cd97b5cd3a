using Platform.Agreements.Data;
using Platform.Contracts.Events.Assurance;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>An interruption ended: its pending threshold deadlines are cancelled (an end before the threshold is no breach).</summary>
internal sealed class InterruptionEndedConsumer(AgreementsDbContext db, IDeadlines deadlines, TimeProvider time, ILogger<InterruptionEndedConsumer> logger)
    : IdempotentConsumer<InterruptionEnded, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(InterruptionEnded message, CancellationToken cancellationToken)
    {
        // The start may still be on its way; failing makes the bus redeliver this later.
        var interruption = await Db.Interruptions.FindAsync([message.InterruptionId], cancellationToken)
            ?? throw new InvalidOperationException($"Interruption {message.InterruptionId} ended before its start was received; retrying.");
        if (!interruption.End(message.EndedAt))
        {
            return;
        }

        foreach (var agreementId in interruption.AffectedAgreementIds)
        {
            await deadlines.CancelAsync(InterruptionThresholdHandler.DeadlineKind, DeadlineKey.For(interruption.Id, agreementId), cancellationToken);
        }
    }
}
