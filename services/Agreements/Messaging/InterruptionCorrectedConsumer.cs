using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Agreements.Domain.Facts;
using Platform.Contracts.Events.Assurance;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>
/// An interruption was corrected (its start, end, cause or scope): the copy here takes the fields the
/// correction changed (an older correction arriving late is ignored, by its number), and each affected agreement's 4.2.1 deadline is set again at the corrected start + N,
/// or cancelled when the interruption is no longer one the promisor caused, no longer affects the agreement,
/// or ended by then. A deadline already fired is armed again; the breach recorder keeps one breach per
/// interruption and agreement, so a correction can add a breach but never doubles one (a breach already
/// determined stays for an officer to handle).
/// </summary>
internal sealed class InterruptionCorrectedConsumer(AgreementsDbContext db, IDeadlines deadlines, TimeProvider time, ILogger<InterruptionCorrectedConsumer> logger)
    : IdempotentConsumer<InterruptionCorrected, AgreementsDbContext>(db, time, logger)
{
    private static readonly string[] s_allFields = ["started_at", "ended_at", "caused_by_promisor", "scope"];

    protected override async Task HandleAsync(InterruptionCorrected message, CancellationToken cancellationToken)
    {
        await Db.LockInterruptionAsync(message.InterruptionId, cancellationToken);
        var interruption = await Db.Interruptions.FindAsync([message.InterruptionId], cancellationToken);
        var changed = message.ChangedFields.ToHashSet(StringComparer.Ordinal);
        if (interruption is null)
        {
            // The start is still on its way: the correction carries the whole record, so it stands in for the
            // start (which then changes nothing), every field taken, with an end that arrived first.
            interruption = new InterruptionRecord(message.InterruptionId, message.PromisorId, message.CausedByPromisor, message.StartedAt, []);
            if (await Db.TakeWaitingEndAsync(message.InterruptionId, cancellationToken) is { } endedAt)
            {
                interruption.End(endedAt);
            }

            Db.Interruptions.Add(interruption);
            changed = [.. s_allFields];
        }

        var before = interruption.AffectedAgreementIds;

        // Only the fields this correction changed; a correction older than one applied changes nothing.
        var applied = interruption.Correct(
            message.CorrectionNumber,
            changed.Contains("started_at") ? message.StartedAt : null,
            changed.Contains("ended_at") || interruption.EndedAt is null ? message.EndedAt : null,
            changed.Contains("caused_by_promisor") ? message.CausedByPromisor : null);
        if (!applied)
        {
            return;
        }

        // The scope is judged at the (corrected) start, as InterruptionStarted is.
        var affected = await Db.InForceAsync(
            message.AffectedAgreementIds, message.AllActiveAgreementsOfPromisor, message.PromisorId, interruption.StartedAt, cancellationToken);
        interruption.Affects([.. affected.Select(a => a.Id)]);
        foreach (var agreementId in before.Except(affected.Select(a => a.Id)))
        {
            await deadlines.CancelAsync(InterruptionThresholdHandler.DeadlineKind, DeadlineKey.For(interruption.Id, agreementId), cancellationToken);
        }

        foreach (var agreement in affected)
        {
            await RejudgeAsync(interruption, agreement.Id, agreement.TermsAt(interruption.StartedAt)!.Terms.MajorInterruptionThreshold!.Value, cancellationToken);
        }
    }

    private async Task RejudgeAsync(InterruptionRecord interruption, Guid agreementId, TimeSpan threshold, CancellationToken cancellationToken)
    {
        var key = DeadlineKey.For(interruption.Id, agreementId);
        var deadline = BreachRules.InterruptionDeadline(interruption.StartedAt, threshold);
        if (!interruption.CausedByPromisor || interruption.EndedAt <= deadline)
        {
            await deadlines.CancelAsync(InterruptionThresholdHandler.DeadlineKind, key, cancellationToken);
            return;
        }

        await deadlines.ScheduleAsync(InterruptionThresholdHandler.DeadlineKind, key, deadline, cancellationToken);
    }
}
