using Platform.Contracts.Events.Agreements;

namespace Platform.IntegrationTests.Services;

/// <summary>The Agreements facts the other contexts learn agreements from, valid by default; each test names only what it is about.</summary>
internal static class AgreementFacts
{
    /// <summary>Terms whose clocks run seconds, round the clock (no time zone), measured by the month.</summary>
    public static AgreementTermsSnapshot Terms(int version = 1, int firstResponseSeconds = 2, int solutionSeconds = 4, int majorSeconds = 6) => new()
    {
        Version = version,
        FirstResponseWithin = TimeSpan.FromSeconds(firstResponseSeconds),
        SolutionOrUpdateWithin = TimeSpan.FromSeconds(solutionSeconds),
        MajorResolutionWithin = TimeSpan.FromSeconds(majorSeconds),
        ResolutionRateTarget = 95m,
        MajorResolutionRateTarget = 98.5m,
        MeasurementPeriod = "Month",
        SatisfactionFloor = 85m,
        SatisfactionScaleMin = 0m,
        SatisfactionScaleMax = 100m,
        MajorInterruptionThreshold = TimeSpan.FromMinutes(1),
        RectificationPeriodMonths = 3,
        FundingMinPercentOfRevenue = 2.5m,
        TeamMinHeadcount = 20,
        CoreMemberMinExperienceYears = 5m,
        RequiredCapabilities = ["intelligent customer-service system"],
        NegotiationMaxDays = 30,
        ArbitrationCommission = "Shanghai International Arbitration Center",
        LitigationVenue = "Shanghai Pudong People's Court",
        ServiceCalendar = new ServiceCalendarSnapshot { TimeZone = null },
    };

    public static AgreementActivated Activated(Guid agreementId, AgreementTermsSnapshot terms, DateTimeOffset effectiveFrom, string promisorId = "org-acme") => new()
    {
        AgreementId = agreementId,
        Number = Number(agreementId),
        AgreementVersion = 1,
        PromisorId = promisorId,
        PromisorName = "ACME Services Ltd",
        CustomerId = $"cust-{agreementId:N}",
        EffectiveFrom = effectiveFrom,
        ExpiresAt = effectiveFrom.AddYears(1),
        Terms = terms,
        OccurredAt = DateTimeOffset.UtcNow,
    };

    public static AgreementSuspended Suspended(Guid agreementId) => new()
    {
        AgreementId = agreementId,
        Number = Number(agreementId),
        AgreementVersion = 2,
        Reason = "audit",
        OccurredAt = DateTimeOffset.UtcNow,
    };

    public static AgreementTermsAmended Amended(Guid agreementId, AgreementTermsSnapshot terms, DateTimeOffset effectiveFrom) => new()
    {
        AgreementId = agreementId,
        Number = Number(agreementId),
        AgreementVersion = 2,
        TermsVersion = terms.Version,
        EffectiveFrom = effectiveFrom,
        Terms = terms,
        OccurredAt = DateTimeOffset.UtcNow,
    };

    private static string Number(Guid agreementId) => $"CXQ-2026-{agreementId.ToString("N")[..6]}";
}
