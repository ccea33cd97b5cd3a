using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Agreements.V1;

namespace Platform.IntegrationTests.Services;

/// <summary>Valid requests by default, each test changing only what it is about.</summary>
internal static class AgreementRequests
{
    public static CreateAgreementRequest Create(TimeSpan? expiresIn = null, string? customerId = null) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Promisor = new Promisor
        {
            OrganizationId = "org-acme",
            Name = "ACME Services Ltd",
            AuthorisedSubsidiaries = { new Subsidiary { OrganizationId = "org-acme-east", Name = "ACME East" } },
        },
        Customer = new Customer
        {
            CustomerId = customerId ?? $"cust-{Guid.NewGuid():N}",
            Kind = CustomerKind.Enterprise,
            Name = "Globex Corporation",
            Contact = new CustomerContact { Email = "cx@globex.example", Phone = "+86 21 5555 0100" },
        },
        Scope = new ServiceScope { Description = "Managed network services", ServiceCodes = { "NET-01", "NET-02" } },
        EffectiveFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1)),
        ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow + (expiresIn ?? TimeSpan.FromDays(365))),
        Terms = CompleteTerms(),
    };

    /// <summary>Every term filled in; durations in seconds as the tests run them.</summary>
    public static AgreementTerms CompleteTerms() => new()
    {
        FirstResponseWithin = Duration.FromTimeSpan(TimeSpan.FromSeconds(30)),
        SolutionOrUpdateWithin = Duration.FromTimeSpan(TimeSpan.FromSeconds(120)),
        MajorResolutionWithin = Duration.FromTimeSpan(TimeSpan.FromSeconds(300)),
        ResolutionRateTarget = new Platform.Contracts.Common.V1.Decimal { Value = "95" },
        MajorResolutionRateTarget = new Platform.Contracts.Common.V1.Decimal { Value = "98.5" },
        MeasurementPeriod = MeasurementPeriod.Month,
        SatisfactionFloor = new SatisfactionFloor
        {
            Score = new Platform.Contracts.Common.V1.Decimal { Value = "85" },
            ScaleMin = new Platform.Contracts.Common.V1.Decimal { Value = "0" },
            ScaleMax = new Platform.Contracts.Common.V1.Decimal { Value = "100" },
        },
        MajorInterruptionThreshold = Duration.FromTimeSpan(TimeSpan.FromSeconds(60)),
        RectificationPeriodMonths = 3,
        FundingMinPercentOfRevenue = new Platform.Contracts.Common.V1.Decimal { Value = "2.5" },
        TeamMinHeadcount = 20,
        CoreMemberMinExperienceYears = new Platform.Contracts.Common.V1.Decimal { Value = "5" },
        RequiredCapabilities = { "intelligent customer-service system", "service-data analytics platform" },
        NegotiationMaxDays = 30,
        ArbitrationCommission = "Shanghai International Arbitration Center",
        LitigationVenue = "Shanghai Pudong People's Court",
        ServiceCalendar = new ServiceCalendar
        {
            BusinessHours = new BusinessHours
            {
                TimeZone = "Asia/Shanghai",
                WeeklySchedule =
                {
                    Enumerable.Range(1, 5).Select(day => new WorkingWindow { DayOfWeek = (Platform.Contracts.Agreements.V1.DayOfWeek)day, Start = "09:00", End = "18:00" }),
                },
                Holidays = { "2026-10-01" },
                HolidaysIcal = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261002\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            },
        },
    };

    public static async Task<Agreement> CreateSignedAsync(AgreementsService.AgreementsServiceClient client, TimeSpan? expiresIn = null)
    {
        var draft = (await client.CreateAgreementAsync(Create(expiresIn))).Agreement;
        return (await client.SignAgreementAsync(new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version })).Agreement;
    }
}
