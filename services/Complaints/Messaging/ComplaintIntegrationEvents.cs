using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.Messaging.Outbox;
using Events = Platform.Contracts.Events.Complaints;

namespace Platform.Complaints.Messaging;

/// <summary>Turns a complaint's domain events into integration events in the outbox (same transaction). No personal data leaves.</summary>
internal static class ComplaintIntegrationEvents
{
    public static void Enqueue(Complaint complaint, IOutbox outbox)
    {
        // One complaint's facts reach consumers in the order they happened.
        var orderingKey = complaint.Id.ToString();
        foreach (var domainEvent in complaint.DomainEvents)
        {
            if (domainEvent is ClockMissed missed)
            {
                ComplaintsMetrics.ClockMissed(missed.Clock);
            }

            foreach (var fact in Facts(complaint, domainEvent))
            {
                outbox.Enqueue(fact, orderingKey);
            }
        }

        complaint.ClearDomainEvents();
    }

    private static IEnumerable<Events.ComplaintFact> Facts(Complaint complaint, Platform.SharedKernel.IDomainEvent domainEvent)
    {
        var severity = complaint.Severity.ToString();
        switch (domainEvent)
        {
            case ComplaintFiled filed:
                yield return new Events.ComplaintFiled
                {
                    ComplaintId = complaint.Id,
                    AgreementId = complaint.AgreementId,
                    ComplaintVersion = filed.Version,
                    Actor = filed.Actor,
                    OccurredAt = filed.OccurredAt,
                    Channel = complaint.Channel.ToString(),
                    Category = complaint.Category,
                    Severity = severity,
                    ReceivedAt = complaint.ReceivedAt,
                    TermsVersion = complaint.Terms.Version,
                    FirstResponseDueAt = OriginalDue(complaint, ClockKind.FirstResponse)!.Value,
                    SolutionOrUpdateDueAt = OriginalDue(complaint, ClockKind.SolutionOrUpdate)!.Value,
                    MajorResolutionDueAt = OriginalDue(complaint, ClockKind.MajorResolution),
                };
                break;
            case ComplaintAcknowledged acknowledged:
                yield return new Events.ComplaintAcknowledged
                {
                    ComplaintId = complaint.Id, AgreementId = complaint.AgreementId, ComplaintVersion = acknowledged.Version,
                    Actor = acknowledged.Actor, OccurredAt = acknowledged.OccurredAt, InTime = acknowledged.InTime,
                };
                break;
            case ComplaintProgressUpdated updated:
                yield return new Events.ComplaintProgressUpdated
                {
                    ComplaintId = complaint.Id, AgreementId = complaint.AgreementId, ComplaintVersion = updated.Version,
                    Actor = updated.Actor, OccurredAt = updated.OccurredAt, InTime = updated.InTime,
                    NextUpdateDueAt = OriginalDue(complaint, ClockKind.SolutionOrUpdate)!.Value,
                };
                break;
            case ComplaintResolved resolved:
                yield return new Events.ComplaintResolved
                {
                    ComplaintId = complaint.Id, AgreementId = complaint.AgreementId, ComplaintVersion = resolved.Version,
                    Actor = resolved.Actor, OccurredAt = resolved.OccurredAt, BelowStandard = resolved.BelowStandard,
                };
                if (resolved.BelowStandard)
                {
                    yield return new Events.SolutionMarkedBelowStandard { ComplaintId = complaint.Id, AgreementId = complaint.AgreementId, OccurredAt = resolved.OccurredAt };
                }

                break;
            case ComplaintClosed closed:
                yield return new Events.ComplaintClosed
                {
                    ComplaintId = complaint.Id, AgreementId = complaint.AgreementId, ComplaintVersion = closed.Version,
                    Actor = closed.Actor, OccurredAt = closed.OccurredAt, Automatically = closed.Automatically,
                };
                break;
            case ComplaintReopened reopened:
                yield return new Events.ComplaintReopened
                {
                    ComplaintId = complaint.Id, AgreementId = complaint.AgreementId, ComplaintVersion = reopened.Version,
                    Actor = reopened.Actor, OccurredAt = reopened.OccurredAt,
                    NextUpdateDueAt = OriginalDue(complaint, ClockKind.SolutionOrUpdate)!.Value,
                };
                break;
            case ComplaintWithdrawn withdrawn:
                yield return new Events.ComplaintWithdrawn
                {
                    ComplaintId = complaint.Id, AgreementId = complaint.AgreementId, ComplaintVersion = withdrawn.Version,
                    Actor = withdrawn.Actor, OccurredAt = withdrawn.OccurredAt,
                };
                break;
            case ClockAtRisk atRisk:
                yield return new Events.ComplaintSlaAtRisk
                {
                    ComplaintId = complaint.Id, AgreementId = complaint.AgreementId, OccurredAt = atRisk.OccurredAt,
                    Clock = atRisk.Clock.ToString(), PercentUsed = atRisk.PercentUsed, DueAt = atRisk.DueAt, Severity = severity,
                };
                break;
            case ClockMissed missed:
                yield return new Events.ComplaintSlaBreached
                {
                    ComplaintId = complaint.Id, AgreementId = complaint.AgreementId, OccurredAt = missed.OccurredAt,
                    Clock = missed.Clock.ToString(), DueAt = missed.DueAt, Severity = severity, ReceivedAt = complaint.ReceivedAt,
                };
                break;
            default:
                throw new InvalidOperationException($"No integration event for {domainEvent.GetType().Name}.");
        }
    }

    private static DateTimeOffset? OriginalDue(Complaint complaint, ClockKind kind) =>
        complaint.Clocks.FirstOrDefault(c => c.Kind == kind)?.OriginalDueAt;
}
