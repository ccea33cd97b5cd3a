using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Complaints.V1;
using Decimal = Platform.Contracts.Common.V1.Decimal;

namespace Platform.LoadGenerator.Scenarios;

/// <summary>
/// The agreement complaint scenarios work under: <c>--agreement-id</c>, or a new one signed through
/// Agreements and awaited until Complaints has learnt (through the outbox and RabbitMQ) that it is active.
/// </summary>
internal static class ActiveAgreement
{
    private static readonly TimeSpan s_waitAtMost = TimeSpan.FromSeconds(60);

    /// <summary>The first-response time of the agreements signed here.</summary>
    public static readonly TimeSpan FirstResponseWithin = TimeSpan.FromHours(2);

    /// <summary>
    /// The agreement to work under. <paramref name="roundTheClock"/>: its clocks count every hour, so a clock's due
    /// time is its receipt plus the limit whenever the run happens (the others count Shanghai office hours).
    /// </summary>
    public static async Task<string> EnsureAsync(
        ScenarioContext context, ComplaintsService.ComplaintsServiceClient complaints, CancellationToken cancellationToken, bool roundTheClock = false)
    {
        context.AgreementId = context.Options.AgreementId ?? await SignAsync(context, complaints, roundTheClock, cancellationToken);
        return context.AgreementId;
    }

    private static async Task<string> SignAsync(ScenarioContext context, ComplaintsService.ComplaintsServiceClient complaints, bool roundTheClock, CancellationToken cancellationToken)
    {
        using var channel = ScenarioContext.CreateChannel(context.Options.AgreementsTarget);
        var agreements = new AgreementsService.AgreementsServiceClient(channel);
        var create = CreateRequest();
        if (roundTheClock)
        {
            create.Terms.ServiceCalendar = new ServiceCalendar { RoundTheClock = new RoundTheClock() };
        }

        var draft = (await agreements.CreateAgreementAsync(create, context.AgreementsCall(cancellationToken))).Agreement;
        var sign = new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Load Generator", Version = draft.Version };
        await agreements.SignAgreementAsync(sign, context.AgreementsCall(cancellationToken));

        var waited = Stopwatch.StartNew();
        var eligibility = new GetAgreementEligibilityRequest { AgreementId = draft.Id };
        while (!(await complaints.GetAgreementEligibilityAsync(eligibility, context.Call(cancellationToken))).Eligibility.Eligible)
        {
            if (waited.Elapsed > s_waitAtMost)
            {
                throw new TimeoutException($"Complaints did not know agreement {draft.Id} as active within {s_waitAtMost.TotalSeconds} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }

        Console.Error.WriteLine($"agreement {draft.Number} ({draft.Id}) signed, eligible in Complaints after {waited.ElapsedMilliseconds} ms");
        return draft.Id;
    }

    // Hours as a real agreement has them, so no clock fires during a run.
    private static CreateAgreementRequest CreateRequest() => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        Promisor = new Promisor { OrganizationId = "org-acme", Name = "ACME Services Ltd" },
        Customer = new Customer { CustomerId = $"cust-{Guid.NewGuid():N}", Kind = CustomerKind.Enterprise, Name = "Load Test Corporation" },
        Scope = new ServiceScope { Description = "Managed network services", ServiceCodes = { "NET-01" } },
        EffectiveFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)),
        ExpiresAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(365)),
        Terms = new AgreementTerms
        {
            FirstResponseWithin = Duration.FromTimeSpan(FirstResponseWithin),
            SolutionOrUpdateWithin = Duration.FromTimeSpan(TimeSpan.FromHours(24)),
            MajorResolutionWithin = Duration.FromTimeSpan(TimeSpan.FromHours(72)),
            ResolutionRateTarget = new Decimal { Value = "95" },
            MajorResolutionRateTarget = new Decimal { Value = "98" },
            MeasurementPeriod = MeasurementPeriod.Month,
            SatisfactionFloor = new SatisfactionFloor
            {
                Score = new Decimal { Value = "85" },
                ScaleMin = new Decimal { Value = "0" },
                ScaleMax = new Decimal { Value = "100" },
            },
            MajorInterruptionThreshold = Duration.FromTimeSpan(TimeSpan.FromHours(4)),
            RectificationPeriodMonths = 3,
            FundingMinPercentOfRevenue = new Decimal { Value = "2.5" },
            TeamMinHeadcount = 20,
            CoreMemberMinExperienceYears = new Decimal { Value = "5" },
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
                },
            },
        },
    };
}
