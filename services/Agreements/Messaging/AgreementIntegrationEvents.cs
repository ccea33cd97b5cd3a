using Platform.Agreements.Domain;
using Platform.Contracts.Events.Agreements;
using Platform.Messaging.Outbox;

namespace Platform.Agreements.Messaging;

/// <summary>Turns an agreement's domain events into integration events in the outbox (same transaction).</summary>
internal static class AgreementIntegrationEvents
{
    public static void Enqueue(Agreement agreement, IOutbox outbox)
    {
        // One agreement's facts reach consumers in the order they happened.
        var orderingKey = agreement.Id.ToString();
        foreach (var domainEvent in agreement.DomainEvents)
        {
            switch (domainEvent)
            {
                case AgreementSigned signed:
                    outbox.Enqueue(new AgreementActivated
                    {
                        AgreementId = agreement.Id,
                        Number = agreement.Number,
                        PromisorId = agreement.Promisor.OrganizationId,
                        CustomerId = agreement.Customer.CustomerId,
                        EffectiveFrom = agreement.EffectiveFrom,
                        ExpiresAt = agreement.ExpiresAt,
                        AgreementVersion = signed.Version,
                        OccurredAt = signed.OccurredAt,
                    },
                    orderingKey);
                    break;
                case AgreementLapsed lapsed:
                    outbox.Enqueue(new AgreementExpired
                    {
                        AgreementId = agreement.Id,
                        Number = agreement.Number,
                        AgreementVersion = lapsed.Version,
                        OccurredAt = lapsed.OccurredAt,
                    },
                    orderingKey);
                    break;
            }
        }

        agreement.ClearDomainEvents();
    }
}
