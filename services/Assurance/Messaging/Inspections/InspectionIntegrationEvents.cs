using Platform.Assurance.Domain.Inspections;
using Platform.Messaging.Outbox;
using Events = Platform.Contracts.Events.Assurance;

namespace Platform.Assurance.Messaging.Inspections;

/// <summary>
/// Turns a finding's domain events into integration events in the outbox (same transaction). Only the class and
/// ids leave: no description, inspector, owner or customer data.
/// </summary>
internal static class InspectionIntegrationEvents
{
    public static void Enqueue(Finding finding, IOutbox outbox)
    {
        var orderingKey = finding.Id.ToString();
        foreach (var domainEvent in finding.DomainEvents)
        {
            switch (domainEvent)
            {
                case FindingRecorded recorded:
                    outbox.Enqueue(
                        new Events.FindingRecorded
                        {
                            FindingId = finding.Id,
                            InspectionId = finding.InspectionId,
                            PromisorId = finding.PromisorId,
                            InspectionKind = finding.InspectionKind.ToString(),
                            FindingClass = finding.Class.ToString(),
                            Clause = finding.Clause,
                            InspectedAt = finding.InspectedAt,
                            OccurredAt = recorded.OccurredAt,
                        },
                        orderingKey);
                    break;
                case CorrectiveActionOverdue overdue:
                    outbox.Enqueue(
                        new Events.CorrectiveActionOverdue
                        {
                            FindingId = finding.Id,
                            ActionId = overdue.ActionId,
                            InspectionId = finding.InspectionId,
                            PromisorId = finding.PromisorId,
                            FindingClass = finding.Class.ToString(),
                            DueAt = overdue.DueAt,
                            OccurredAt = overdue.OccurredAt,
                        },
                        orderingKey);
                    break;
                default:
                    throw new InvalidOperationException($"No integration event for {domainEvent.GetType().Name}.");
            }
        }

        finding.ClearDomainEvents();
    }
}
