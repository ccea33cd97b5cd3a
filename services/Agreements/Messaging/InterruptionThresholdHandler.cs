using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Messaging.Deadlines;

namespace Platform.Agreements.Messaging;

/// <summary>At start + N hours an interruption the promisor caused and that is still going on is a major breach (4.2.1).</summary>
internal sealed class InterruptionThresholdHandler(AgreementsDbContext db, BreachRecorder breaches, TimeProvider time) : IDeadlineHandler
{
    public const string DeadlineKind = "breach.interruption_threshold";

    public string Kind => DeadlineKind;

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var (factId, agreementId) = DeadlineKey.Parse(deadline.Key);
        var interruption = await db.Interruptions.FindAsync([factId], cancellationToken);
        var agreement = await db.FindAgreementAsync(agreementId, cancellationToken);
        if (interruption is null || agreement?.TermsAt(interruption.StartedAt) is not { } terms)
        {
            return;
        }

        var fact = new InterruptionThresholdReached(
            interruption.Id, agreement.Id, interruption.StartedAt, terms.Terms.MajorInterruptionThreshold!.Value, interruption.CausedByPromisor, interruption.EndedAt);
        var now = time.GetUtcNow();
        await breaches.RecordAsync(BreachRules.ForInterruption(fact, agreement.WasInForceAt(interruption.StartedAt), now), cancellationToken);
    }
}
