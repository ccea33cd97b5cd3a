using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Complaints.V1;
using CommonDecimal = Platform.Contracts.Common.V1.Decimal;

namespace Platform.EndToEndTests.Flows;

/// <summary>Valid requests with terms in seconds, each flow changing only what it is about.</summary>
internal static class Requests
{
    /// <summary>The promisor of every test agreement; Assurance checks interruptions and surveys against it.</summary>
    public const string PromisorId = "org-acme";

    public static CreateAgreementRequest Agreement() => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Promisor = new Promisor { OrganizationId = PromisorId, Name = "ACME Services Ltd" },
        Customer = new Customer
        {
            CustomerId = $"cust-{Guid.NewGuid():N}",
            Kind = CustomerKind.Enterprise,
            Name = "Globex Corporation",
            Contact = new Platform.Contracts.Agreements.V1.CustomerContact { Email = "cx@globex.example", Phone = "+86 21 5555 0100" },
        },
        Scope = new ServiceScope { Description = "Managed network services", ServiceCodes = { "NET-01" } },
        EffectiveFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(-1)),
        ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(365)),
        Terms = Terms(),
    };

    /// <summary>
    /// Every term filled in, the clocks in seconds and round the clock (so a run at night or at a weekend
    /// behaves the same); the MONTH measurement period is shortened to 8 s by the services' configuration.
    /// </summary>
    public static AgreementTerms Terms() => new()
    {
        FirstResponseWithin = Seconds(2),
        SolutionOrUpdateWithin = Seconds(4),
        MajorResolutionWithin = Seconds(6),
        ResolutionRateTarget = Decimal("95"),
        MajorResolutionRateTarget = Decimal("98.5"),
        MeasurementPeriod = MeasurementPeriod.Month,
        SatisfactionFloor = new SatisfactionFloor { Score = Decimal("85"), ScaleMin = Decimal("0"), ScaleMax = Decimal("100") },
        MajorInterruptionThreshold = Seconds(5),
        RectificationPeriodMonths = 1,
        FundingMinPercentOfRevenue = Decimal("2.5"),
        TeamMinHeadcount = 20,
        CoreMemberMinExperienceYears = Decimal("5"),
        RequiredCapabilities = { "intelligent customer-service system", "service-data analytics platform" },
        NegotiationMaxDays = 30,
        ArbitrationCommission = "Shanghai International Arbitration Center",
        LitigationVenue = "Shanghai Pudong People's Court",
        ServiceCalendar = new ServiceCalendar { RoundTheClock = new RoundTheClock() },
    };

    public static FileComplaintRequest Complaint(string agreementId, ComplaintSeverity severity = ComplaintSeverity.Normal) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        AgreementId = agreementId,
        Channel = ComplaintChannel.Phone,
        Subject = "Network outage not explained",
        Description = "The customer lost service twice this week and got no explanation.",
        Category = "network",
        Severity = severity,
        Actor = "e2e-intake",
        Contact = new CustomerContactInput { Name = "Li Wei", Phone = "13812345678", Email = "li.wei@example.com" },
    };

    /// <summary>The customer's case on <paramref name="breachId"/> against the promisor, with one claim.</summary>
    public static Platform.Contracts.Disputes.V1.OpenDisputeRequest Dispute(string agreementId, string breachId, string subject = "Outage past the threshold") => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        AgreementId = agreementId,
        Subject = subject,
        BreachIds = { breachId },
        Actor = "customer-desk",
        Claimant = new Platform.Contracts.Disputes.V1.Party { Name = "Globex Corporation", Role = Platform.Contracts.Disputes.V1.PartyRole.Customer },
        Respondent = new Platform.Contracts.Disputes.V1.Party { Name = "ACME Services Ltd", Role = Platform.Contracts.Disputes.V1.PartyRole.Promisor },
        Claims =
        {
            new Platform.Contracts.Disputes.V1.Claim
            {
                Text = "Service credit for the outage",
                Amount = new Platform.Contracts.Common.V1.Money { CurrencyCode = "CNY", Amount = "20000" },
            },
        },
    };

    public static CommonDecimal Decimal(string value) => new() { Value = value };

    private static Duration Seconds(int seconds) => Duration.FromTimeSpan(TimeSpan.FromSeconds(seconds));
}
