using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Agreements.V1;
using Decimal = Platform.Contracts.Common.V1.Decimal;

namespace Platform.Platformctl.Tests;

/// <summary>Signed agreements with complete terms, made through the Agreements API.</summary>
internal static class TestAgreements
{
    public static async Task<Agreement> CreateSignedAsync(AgreementsService.AgreementsServiceClient client, string? customerId = null)
    {
        var draft = (await client.CreateAgreementAsync(Create(customerId ?? $"cust-{Guid.NewGuid():N}"))).Agreement;
        return (await client.SignAgreementAsync(new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version })).Agreement;
    }

    private static CreateAgreementRequest Create(string customerId) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Promisor = new Promisor { OrganizationId = "org-acme", Name = "ACME Services Ltd" },
        Customer = new Customer
        {
            CustomerId = customerId,
            Kind = CustomerKind.Enterprise,
            Name = "Globex Corporation",
            Contact = new CustomerContact { Email = "cx@globex.example", Phone = "+86 21 5555 0100" },
        },
        Scope = new ServiceScope { Description = "Managed network services", ServiceCodes = { "NET-01" } },
        EffectiveFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1)),
        ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(365)),
        Terms = new AgreementTerms
        {
            FirstResponseWithin = Duration.FromTimeSpan(TimeSpan.FromHours(1)),
            SolutionOrUpdateWithin = Duration.FromTimeSpan(TimeSpan.FromHours(4)),
            MajorResolutionWithin = Duration.FromTimeSpan(TimeSpan.FromHours(24)),
            ResolutionRateTarget = new Decimal { Value = "95" },
            MajorResolutionRateTarget = new Decimal { Value = "98.5" },
            MeasurementPeriod = MeasurementPeriod.Month,
            SatisfactionFloor = new SatisfactionFloor { Score = new Decimal { Value = "85" }, ScaleMin = new Decimal { Value = "0" }, ScaleMax = new Decimal { Value = "100" } },
            MajorInterruptionThreshold = Duration.FromTimeSpan(TimeSpan.FromHours(1)),
            RectificationPeriodMonths = 3,
            FundingMinPercentOfRevenue = new Decimal { Value = "2.5" },
            TeamMinHeadcount = 20,
            CoreMemberMinExperienceYears = new Decimal { Value = "5" },
            RequiredCapabilities = { "intelligent customer-service system" },
            NegotiationMaxDays = 30,
            ArbitrationCommission = "Shanghai International Arbitration Center",
            LitigationVenue = "Shanghai Pudong People's Court",
            ServiceCalendar = new ServiceCalendar { RoundTheClock = new RoundTheClock() },
        },
    };
}
