using Platform.AgreementReplica.Domain;
using Platform.Agreements.Domain;
using Platform.Agreements.Domain.Terms;
using Platform.Agreements.Messaging;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendar;
using AgreementContact = Platform.Agreements.Domain.CustomerContact;
using TermsPeriod = Platform.Agreements.Domain.Terms.MeasurementPeriod;

namespace Platform.DataGenerator;

/// <summary>
/// Signed agreements through the Agreements domain (Draft, then Sign), and the copy Complaints keeps of each,
/// as its consumer of AgreementActivated would record it.
/// </summary>
internal sealed class AgreementFactory(Random random, DateTimeOffset now)
{
    /// <summary>Numbers from here up: far above what the number sequence of a test machine reaches.</summary>
    public const long FirstSequence = 900_000;

    public const string Fingerprint = GeneratedData.Marker;

    private static readonly int[] s_firstResponseHours = [2, 4, 8];
    private static readonly int[] s_solutionHours = [24, 48, 72];
    private static readonly int[] s_majorHours = [72, 120];
    private static readonly decimal[] s_rateTargets = [85m, 90m, 95m];
    private static readonly decimal[] s_majorRateTargets = [90m, 95m];

    private static readonly ServiceCalendar s_businessHours = ServiceCalendar.BusinessHours(
        "Asia/Shanghai",
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new WorkingWindow(d, new TimeOnly(9, 0), new TimeOnly(18, 0)))]);

    /// <summary>Agreement <paramref name="index"/>: in force for the whole generated history (400 days back).</summary>
    public Agreement Signed(int index)
    {
        var effectiveFrom = Truncate(now.AddDays(-400 - random.Next(0, 30)));
        var createdAt = effectiveFrom.AddDays(-random.Next(1, 20)).AddMinutes(random.Next(0, 600));
        var promisor = index % 200;
        var terms = new AgreementTerms
        {
            FirstResponseWithin = TimeSpan.FromHours(s_firstResponseHours[random.Next(3)]),
            SolutionOrUpdateWithin = TimeSpan.FromHours(s_solutionHours[random.Next(3)]),
            MajorResolutionWithin = TimeSpan.FromHours(s_majorHours[random.Next(2)]),
            ResolutionRateTarget = s_rateTargets[random.Next(3)],
            MajorResolutionRateTarget = s_majorRateTargets[random.Next(2)],
            // 30 % monthly, 60 % quarterly, 10 % yearly periods.
            MeasurementPeriod = random.Next(10) switch { < 3 => TermsPeriod.Month, < 9 => TermsPeriod.Quarter, _ => TermsPeriod.Year },
            SatisfactionFloor = new SatisfactionFloor(80m, 0m, 100m),
            MajorInterruptionThreshold = TimeSpan.FromHours(4),
            RectificationPeriodMonths = 3,
            FundingMinPercentOfRevenue = 2m,
            TeamMinHeadcount = 20,
            CoreMemberMinExperienceYears = 5m,
            RequiredCapabilities = ["intelligent-customer-service", "service-data-analytics"],
            NegotiationMaxDays = 30,
            ArbitrationCommission = "Shanghai International Arbitration Center",
            LitigationVenue = "Shanghai Pudong New Area People's Court",
            // One agreement in five counts its clocks in business hours.
            ServiceCalendar = index % 5 == 4 ? s_businessHours : ServiceCalendar.RoundTheClock,
        };
        var details = DraftDetails.Create(
            new Promisor($"scale-promisor-{promisor:D3}", $"Scale Promisor {promisor:D3} Ltd."),
            new Customer($"scale-customer-{index:D5}", index % 3 == 0 ? CustomerKind.Individual : CustomerKind.Enterprise, $"Scale Customer {index:D5}"),
            effectiveFrom,
            effectiveFrom.AddYears(3),
            contact: new AgreementContact($"service-{index:D5}@customer.example", "+86 21 5555 0000"),
            scope: new ServiceScope("Customer service for the contracted products.", ["SVC-STD"]),
            terms: terms);
        var agreement = Agreement.Draft(
            Guid.CreateVersion7(createdAt),
            AgreementNumber.Format(createdAt.Year, FirstSequence + index),
            new ClientRequest(Guid.NewGuid(), Fingerprint),
            details,
            createdAt);
        agreement.Sign("Scale Generator", agreement.Version, createdAt.AddHours(random.Next(1, 48)));
        agreement.ClearDomainEvents();
        return agreement;
    }

    /// <summary>Complaints' copy of a signed agreement, as AgreementActivated leaves it.</summary>
    public static KnownAgreement Known(Agreement agreement)
    {
        var known = KnownAgreement.FirstHeardOf(agreement.Id);
        known.Record(agreement.Number, KnownAgreementStatus.Active, agreement.Version, agreement.SignedAt!.Value);
        // The terms exactly as Agreements publishes them in AgreementActivated.
        known.RecordTerms(1, agreement.EffectiveFrom, AgreementIntegrationEvents.Snapshot(agreement.TermsVersions[0]));
        known.RecordPromisor(agreement.Promisor.OrganizationId);
        return known;
    }

    /// <summary>Whole microseconds: what PostgreSQL keeps of a time, so a value read back equals the one generated.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);
}
