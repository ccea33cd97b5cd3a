namespace Platform.Contracts.Events.Agreements;

/// <summary>
/// The terms of an agreement as other contexts need them (DESIGN §2, every bold letter). Percentages are
/// 0–100. Consumers keep the versions they receive and judge each fact by the version in force at its time.
/// </summary>
public sealed record AgreementTermsSnapshot
{
    /// <summary>Version number of these terms (1 when signed).</summary>
    public int Version { get; init; }

    /// <summary>2.3.1: first response within.</summary>
    public TimeSpan FirstResponseWithin { get; init; }

    /// <summary>2.3.1: solution or progress update within.</summary>
    public TimeSpan SolutionOrUpdateWithin { get; init; }

    /// <summary>4.2.2: a major complaint resolved within.</summary>
    public TimeSpan MajorResolutionWithin { get; init; }

    /// <summary>2.3.2: resolution rate target, percent.</summary>
    public decimal ResolutionRateTarget { get; init; }

    /// <summary>2.3.2: major-complaint resolution rate target, percent.</summary>
    public decimal MajorResolutionRateTarget { get; init; }

    /// <summary>2.3.2: "Month", "Quarter" or "Year".</summary>
    public string MeasurementPeriod { get; init; } = string.Empty;

    /// <summary>2.3.3: the lowest acceptable survey score.</summary>
    public decimal SatisfactionFloor { get; init; }

    /// <summary>Lowest score of the evaluator's scale.</summary>
    public decimal SatisfactionScaleMin { get; init; }

    /// <summary>Highest score of the evaluator's scale.</summary>
    public decimal SatisfactionScaleMax { get; init; }

    /// <summary>1.3 / 4.2.1: interruption threshold.</summary>
    public TimeSpan MajorInterruptionThreshold { get; init; }

    /// <summary>4.2.3: months to rectify a survey below the floor.</summary>
    public int RectificationPeriodMonths { get; init; }

    /// <summary>3.1: minimum fund, percent of annual service revenue.</summary>
    public decimal FundingMinPercentOfRevenue { get; init; }

    /// <summary>3.2: minimum dedicated team size.</summary>
    public int TeamMinHeadcount { get; init; }

    /// <summary>3.2: minimum industry experience of core members, years.</summary>
    public decimal CoreMemberMinExperienceYears { get; init; }

    /// <summary>3.3: required technology capabilities.</summary>
    public IReadOnlyList<string> RequiredCapabilities { get; init; } = [];

    /// <summary>5.1: maximum days of written negotiation.</summary>
    public int NegotiationMaxDays { get; init; }

    /// <summary>5.2: the arbitration commission named.</summary>
    public string ArbitrationCommission { get; init; } = string.Empty;

    /// <summary>5.3: the litigation venue.</summary>
    public string LitigationVenue { get; init; } = string.Empty;

    /// <summary>2.3.1: the calendar by which complaint clocks count.</summary>
    public ServiceCalendarSnapshot ServiceCalendar { get; init; } = new();
}
