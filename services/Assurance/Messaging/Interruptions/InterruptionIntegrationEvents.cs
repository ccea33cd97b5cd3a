using Platform.Assurance.Domain.Interruptions;
using Platform.Contracts.Events;
using Platform.Messaging.Outbox;
using Platform.SharedKernel;
using Events = Platform.Contracts.Events.Assurance;

namespace Platform.Assurance.Messaging.Interruptions;

/// <summary>
/// Turns an interruption's domain events into integration events in the outbox (same transaction): the
/// start and end as Agreements already consumes them, and a correction with the whole corrected record.
/// </summary>
internal static class InterruptionIntegrationEvents
{
    public static void Enqueue(Interruption interruption, IOutbox outbox)
    {
        // One interruption's facts reach the broker in the order they happened.
        var orderingKey = interruption.Id.ToString();
        foreach (var domainEvent in interruption.DomainEvents)
        {
            outbox.Enqueue(Fact(interruption, domainEvent), orderingKey);
        }

        interruption.ClearDomainEvents();
    }

    private static IntegrationEvent Fact(Interruption interruption, IDomainEvent domainEvent) => domainEvent switch
    {
        InterruptionStartReported reported => new Events.InterruptionStarted
        {
            InterruptionId = interruption.Id,
            PromisorId = interruption.PromisorId,
            AffectedAgreementIds = interruption.Scope.AffectedAgreementIds,
            AllActiveAgreementsOfPromisor = interruption.Scope.AllActiveAgreementsOfPromisor,
            CausedByPromisor = interruption.CausedByPromisor,
            StartedAt = interruption.StartedAt,
            OccurredAt = reported.OccurredAt,
        },
        InterruptionEndReported ended => new Events.InterruptionEnded
        {
            InterruptionId = interruption.Id,
            EndedAt = interruption.EndedAt!.Value,
            StartedAt = interruption.StartedAt,
            Duration = interruption.DurationAt(ended.OccurredAt),
            OccurredAt = ended.OccurredAt,
        },
        InterruptionCorrectionMade corrected => new Events.InterruptionCorrected
        {
            InterruptionId = interruption.Id,
            PromisorId = interruption.PromisorId,
            CorrectionNumber = corrected.Correction.Sequence,
            ChangedFields = [.. corrected.Correction.Changes.Select(c => c.Field)],
            StartedAt = interruption.StartedAt,
            EndedAt = interruption.EndedAt,
            Duration = interruption.Ongoing ? null : interruption.DurationAt(corrected.OccurredAt),
            CausedByPromisor = interruption.CausedByPromisor,
            AffectedAgreementIds = interruption.Scope.AffectedAgreementIds,
            AllActiveAgreementsOfPromisor = interruption.Scope.AllActiveAgreementsOfPromisor,
            OccurredAt = corrected.OccurredAt,
        },
        _ => throw new InvalidOperationException($"No integration event for {domainEvent.GetType().Name}."),
    };
}
