using Platform.Agreements.Domain.Breaches;
using Platform.Messaging.Outbox;
using Events = Platform.Contracts.Events.Agreements;

namespace Platform.Agreements.Messaging;

/// <summary>Turns a breach's domain events into integration events in the outbox, ordered per agreement.</summary>
internal static class BreachIntegrationEvents
{
    public static void Enqueue(Breach breach, IOutbox outbox)
    {
        var orderingKey = breach.AgreementId.ToString();
        foreach (var domainEvent in breach.DomainEvents)
        {
            switch (domainEvent)
            {
                case BreachDetermined determined:
                    outbox.Enqueue(
                        new Events.BreachDetermined
                        {
                            BreachId = determined.BreachId,
                            AgreementId = determined.AgreementId,
                            Clause = determined.Clause.Number,
                            Severity = determined.Severity.ToString(),
                            EvidenceKind = determined.Evidence.Kind.ToString(),
                            EvidenceId = determined.Evidence.Id,
                            Description = determined.Description,
                            FactAt = determined.FactAt,
                            BreachVersion = determined.Version,
                            OccurredAt = determined.OccurredAt,
                        },
                        orderingKey);
                    break;
                case BreachStatusChanged changed:
                    outbox.Enqueue(
                        new Events.BreachStatusChanged
                        {
                            BreachId = changed.BreachId,
                            AgreementId = changed.AgreementId,
                            FromStatus = changed.FromStatus.ToString(),
                            ToStatus = changed.ToStatus.ToString(),
                            Severity = changed.ToSeverity.ToString(),
                            BreachVersion = changed.Version,
                            OccurredAt = changed.OccurredAt,
                        },
                        orderingKey);
                    break;
            }
        }

        breach.ClearDomainEvents();
    }
}
