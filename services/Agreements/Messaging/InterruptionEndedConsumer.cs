using Platform.Agreements.Data;
using Platform.Agreements.Domain.Facts;
using Platform.Contracts.Events.Assurance;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>
/// An interruption ended: its pending threshold deadlines are cancelled (an end before the threshold is no breach).
/// An end that arrives before its start waits for it (<see cref="WaitingInterruptionEnd"/>).
/// </summary>
internal sealed class InterruptionEndedConsumer(AgreementsDbContext db, IDeadlines deadlines, TimeProvider time, ILogger<InterruptionEndedConsumer> logger)
    : IdempotentConsumer<InterruptionEnded, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(InterruptionEnded message, CancellationToken cancellationToken)
    {
        await Db.LockInterruptionAsync(message.InterruptionId, cancellationToken);
        var interruption = await Db.Interruptions.FindAsync([message.InterruptionId], cancellationToken);
        if (interruption is null)
        {
            if (await Db.WaitingInterruptionEnds.FindAsync([message.InterruptionId], cancellationToken) is null)
            {
                Db.WaitingInterruptionEnds.Add(new WaitingInterruptionEnd(message.InterruptionId, message.EndedAt, Time.GetUtcNow()));
            }

            return;
        }

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
