using Platform.Agreements.Domain;
using Platform.Agreements.Domain.Terms;
using Platform.SharedKernel;
using Platform.SharedKernel.Calendar;

namespace Platform.Agreements.Tests.Domain;

/// <summary>A complete draft by default; each With… changes one thing.</summary>
internal sealed class AgreementBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private Promisor _promisor = new("org-acme", "ACME Services Ltd");
    private Customer _customer = new("cust-42", CustomerKind.Enterprise, "Globex Corporation");
    private DateTimeOffset _effectiveFrom = Now;
    private DateTimeOffset _expiresAt = Now.AddYears(1);
    private AgreementTerms _terms = CompleteTerms();

    public static ClientRequest Request { get; } = new(Guid.NewGuid(), "fingerprint-of-the-request");

    /// <summary>Every term filled in with plausible values (hours in the document; here as durations).</summary>
    public static AgreementTerms CompleteTerms() => new()
    {
        FirstResponseWithin = TimeSpan.FromHours(2),
        SolutionOrUpdateWithin = TimeSpan.FromHours(24),
        MajorResolutionWithin = TimeSpan.FromHours(72),
        ResolutionRateTarget = 95m,
        MajorResolutionRateTarget = 98m,
        MeasurementPeriod = MeasurementPeriod.Month,
        SatisfactionFloor = new SatisfactionFloor(85m, 0m, 100m),
        MajorInterruptionThreshold = TimeSpan.FromHours(4),
        RectificationPeriodMonths = 3,
        FundingMinPercentOfRevenue = 2.5m,
        TeamMinHeadcount = 20,
        CoreMemberMinExperienceYears = 5m,
        RequiredCapabilities = ["intelligent customer-service system", "service-data analytics platform"],
        NegotiationMaxDays = 30,
        ArbitrationCommission = "Shanghai International Arbitration Center",
        LitigationVenue = "Shanghai Pudong People's Court",
        ServiceCalendar = ServiceCalendar.BusinessHours(
            "Asia/Shanghai",
            [.. Enumerable.Range(1, 5).Select(day => new WorkingWindow((DayOfWeek)day, new TimeOnly(9, 0), new TimeOnly(18, 0)))],
            [new DateOnly(2026, 10, 1)]),
    };

    public AgreementBuilder WithPromisor(string organizationId, string name)
    {
        _promisor = new Promisor(organizationId, name);
        return this;
    }

    public AgreementBuilder WithCustomerName(string name)
    {
        _customer = _customer with { Name = name };
        return this;
    }

    public AgreementBuilder EffectiveFrom(DateTimeOffset effectiveFrom)
    {
        _effectiveFrom = effectiveFrom;
        return this;
    }

    public AgreementBuilder ExpiringAt(DateTimeOffset expiresAt)
    {
        _expiresAt = expiresAt;
        return this;
    }

    public AgreementBuilder WithTerms(AgreementTerms terms)
    {
        _terms = terms;
        return this;
    }

    public DraftDetails BuildDetails() => DraftDetails.Create(_promisor, _customer, _effectiveFrom, _expiresAt, terms: _terms);

    public Agreement BuildDraft() =>
        Agreement.Draft(Guid.NewGuid(), AgreementNumber.Format(2026, 123), Request, BuildDetails(), Now);

    public Agreement BuildActive()
    {
        var agreement = BuildDraft();
        agreement.Sign("Jane Signer", agreement.Version, Now);
        agreement.ClearDomainEvents();
        return agreement;
    }

    public Agreement BuildSuspended()
    {
        var agreement = BuildActive();
        agreement.Suspend("billing dispute", agreement.Version, Now);
        agreement.ClearDomainEvents();
        return agreement;
    }
}
