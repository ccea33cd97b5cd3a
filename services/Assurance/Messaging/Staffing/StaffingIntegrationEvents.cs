using Platform.Assurance.Domain.Staffing;
using Platform.Contracts.Events;
using Platform.Contracts.Events.Assurance;
using Platform.SharedKernel;

namespace Platform.Assurance.Messaging.Staffing;

/// <summary>Turns a team's transitions into the integration events Agreements consumes (clause 3.2). No personal data leaves.</summary>
internal static class StaffingIntegrationEvents
{
    public static IntegrationEvent Of(string promisorId, IDomainEvent domainEvent) => domainEvent switch
    {
        TeamFellShort fell => new StaffingShortfallFound
        {
            PromisorId = promisorId,
            Headcount = fell.Headcount,
            RequiredHeadcount = fell.RequiredHeadcount,
            CoreMembersBelowExperience = fell.CoreMembersBelowExperience,
            At = fell.At,
            OccurredAt = fell.OccurredAt,
        },
        TeamMetRequirement met => new StaffingRestored { PromisorId = promisorId, Headcount = met.Headcount, At = met.At, OccurredAt = met.OccurredAt },
        _ => throw new InvalidOperationException($"No integration event for {domainEvent.GetType().Name}."),
    };
}
