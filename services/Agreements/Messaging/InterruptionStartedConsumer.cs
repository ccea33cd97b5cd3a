using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Agreements.Domain.Facts;
using Platform.Contracts.Events.Assurance;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>
/// Flow 5: an interruption caused by the promisor starts a deadline at start + N hours for each agreement
/// in force it affects, so 4.2.1 is judged while it is still going on, not only after it ends.
/// </summary>
internal sealed class InterruptionStartedConsumer(AgreementsDbContext db, IDeadlines deadlines, TimeProvider time, ILogger<InterruptionStartedConsumer> logger)
    : IdempotentConsumer<InterruptionStarted, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(InterruptionStarted message, CancellationToken cancellationToken)
    {
        await Db.LockInterruptionAsync(message.InterruptionId, cancellationToken);
        if (await Db.Interruptions.FindAsync([message.InterruptionId], cancellationToken) is not null)
        {
            return;
        }

        var affected = await Db.InForceAsync(
            message.AffectedAgreementIds, message.AllActiveAgreementsOfPromisor, message.PromisorId, message.StartedAt, cancellationToken);
        var interruption = new InterruptionRecord(message.InterruptionId, message.PromisorId, message.CausedByPromisor, message.StartedAt, [.. affected.Select(a => a.Id)]);
        if (await Db.TakeWaitingEndAsync(message.InterruptionId, cancellationToken) is { } endedAt)
        {
            interruption.End(endedAt);
        }

        Db.Interruptions.Add(interruption);
        if (!message.CausedByPromisor)
        {
            return;
        }

        foreach (var agreement in affected)
        {
            var threshold = agreement.TermsAt(message.StartedAt)!.Terms.MajorInterruptionThreshold!.Value;
            var deadline = BreachRules.InterruptionDeadline(message.StartedAt, threshold);

            // An end that arrived first and came before the threshold leaves nothing to judge.
            if (interruption.EndedAt <= deadline)
            {
                continue;
            }

            await deadlines.ScheduleAsync(InterruptionThresholdHandler.DeadlineKind, DeadlineKey.For(message.InterruptionId, agreement.Id), deadline, cancellationToken);
        }
    }
}
