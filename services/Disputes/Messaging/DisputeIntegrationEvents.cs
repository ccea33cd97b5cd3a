using Platform.Disputes.Domain;
using Platform.Messaging.Outbox;
using Events = Platform.Contracts.Events.Disputes;

namespace Platform.Disputes.Messaging;

/// <summary>Turns a case's domain events into the integration events other contexts use (same transaction).</summary>
internal static class DisputeIntegrationEvents
{
    public static void Enqueue(Dispute dispute, IOutbox outbox)
    {
        // One case's facts reach consumers in the order they happened.
        var orderingKey = dispute.Id.ToString();
        foreach (var domainEvent in dispute.DomainEvents)
        {
            Contracts.Events.IntegrationEvent? fact = domainEvent switch
            {
                DisputeOpened opened => new Events.DisputeOpened
                {
                    DisputeId = dispute.Id, AgreementId = dispute.AgreementId, BreachIds = dispute.BreachIds, OccurredAt = opened.OccurredAt,
                },
                NegotiationPeriodExpired expired => new Events.NegotiationPeriodExpired
                {
                    DisputeId = dispute.Id, AgreementId = dispute.AgreementId, Deadline = expired.Deadline, OccurredAt = expired.OccurredAt,
                },
                DisputeOutcomeReached outcome => new Events.DisputeResolved
                {
                    DisputeId = dispute.Id, AgreementId = dispute.AgreementId, BreachIds = dispute.BreachIds, Outcome = outcome.Outcome.ToString(), OccurredAt = outcome.OccurredAt,
                },

                // The other steps are on the case's timeline; no other context needs them.
                _ => null,
            };
            if (fact is not null)
            {
                outbox.Enqueue(fact, orderingKey);
            }
        }

        dispute.ClearDomainEvents();
    }
}
