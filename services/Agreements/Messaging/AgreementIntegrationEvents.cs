using Platform.Agreements.Domain;
using Platform.Agreements.Domain.Terms;
using Events = Platform.Contracts.Events.Agreements;
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
            Events.AgreementFact fact = domainEvent switch
            {
                AgreementSigned signed => new Events.AgreementActivated
                {
                    AgreementId = agreement.Id,
                    Number = agreement.Number,
                    AgreementVersion = signed.Version,
                    OccurredAt = signed.OccurredAt,
                    PromisorId = agreement.Promisor.OrganizationId,
                    PromisorName = agreement.Promisor.Name,
                    SubsidiaryIds = agreement.Subsidiaries.Select(s => s.OrganizationId).ToList(),
                    CustomerId = agreement.Customer.CustomerId,
                    EffectiveFrom = agreement.EffectiveFrom,
                    ExpiresAt = agreement.ExpiresAt,
                    Terms = Snapshot(agreement.TermsVersions[0]),
                },
                TermsAmended amended => new Events.AgreementTermsAmended
                {
                    AgreementId = agreement.Id,
                    Number = agreement.Number,
                    AgreementVersion = amended.Version,
                    OccurredAt = amended.OccurredAt,
                    TermsVersion = amended.TermsVersion,
                    EffectiveFrom = agreement.TermsVersions.Single(v => v.Number == amended.TermsVersion).EffectiveFrom,
                    Terms = Snapshot(agreement.TermsVersions.Single(v => v.Number == amended.TermsVersion)),
                },
                AgreementSuspended suspended => new Events.AgreementSuspended
                {
                    AgreementId = agreement.Id,
                    Number = agreement.Number,
                    AgreementVersion = suspended.Version,
                    OccurredAt = suspended.OccurredAt,
                    Reason = suspended.Reason,
                },
                AgreementResumed resumed => new Events.AgreementResumed
                {
                    AgreementId = agreement.Id,
                    Number = agreement.Number,
                    AgreementVersion = resumed.Version,
                    OccurredAt = resumed.OccurredAt,
                },
                AgreementTerminated terminated => new Events.AgreementTerminated
                {
                    AgreementId = agreement.Id,
                    Number = agreement.Number,
                    AgreementVersion = terminated.Version,
                    OccurredAt = terminated.OccurredAt,
                    Reason = terminated.Reason,
                },
                AgreementLapsed lapsed => new Events.AgreementExpired
                {
                    AgreementId = agreement.Id,
                    Number = agreement.Number,
                    AgreementVersion = lapsed.Version,
                    OccurredAt = lapsed.OccurredAt,
                },
                _ => throw new InvalidOperationException($"No integration event for {domainEvent.GetType().Name}."),
            };
            outbox.Enqueue(fact, orderingKey);
        }

        agreement.ClearDomainEvents();
    }

    /// <summary>The terms as published: complete by construction (signing and amending require every term).</summary>
    internal static Events.AgreementTermsSnapshot Snapshot(TermsVersion version)
    {
        var terms = version.Terms;
        return new Events.AgreementTermsSnapshot
        {
            Version = version.Number,
            FirstResponseWithin = terms.FirstResponseWithin!.Value,
            SolutionOrUpdateWithin = terms.SolutionOrUpdateWithin!.Value,
            MajorResolutionWithin = terms.MajorResolutionWithin!.Value,
            ResolutionRateTarget = terms.ResolutionRateTarget!.Value,
            MajorResolutionRateTarget = terms.MajorResolutionRateTarget!.Value,
            MeasurementPeriod = terms.MeasurementPeriod!.Value.ToString(),
            SatisfactionFloor = terms.SatisfactionFloor!.Score,
            SatisfactionScaleMin = terms.SatisfactionFloor.ScaleMin,
            SatisfactionScaleMax = terms.SatisfactionFloor.ScaleMax,
            MajorInterruptionThreshold = terms.MajorInterruptionThreshold!.Value,
            RectificationPeriodMonths = terms.RectificationPeriodMonths!.Value,
            FundingMinPercentOfRevenue = terms.FundingMinPercentOfRevenue!.Value,
            TeamMinHeadcount = terms.TeamMinHeadcount!.Value,
            CoreMemberMinExperienceYears = terms.CoreMemberMinExperienceYears!.Value,
            RequiredCapabilities = terms.RequiredCapabilities,
            NegotiationMaxDays = terms.NegotiationMaxDays!.Value,
            ArbitrationCommission = terms.ArbitrationCommission!,
            LitigationVenue = terms.LitigationVenue!,
            ServiceCalendar = new Events.ServiceCalendarSnapshot
            {
                TimeZone = terms.ServiceCalendar!.TimeZoneId,
                WeeklySchedule = terms.ServiceCalendar.WeeklySchedule.Select(w => new Events.WorkingWindowSnapshot(w.DayOfWeek, w.Start, w.End)).ToList(),
                Holidays = [.. terms.ServiceCalendar.Holidays],
            },
        };
    }
}
