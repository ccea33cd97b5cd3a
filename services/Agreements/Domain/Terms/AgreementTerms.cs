using Platform.SharedKernel.Calendar;
using Platform.SharedKernel;

namespace Platform.Agreements.Domain.Terms;

/// <summary>
/// The blanks of the commitment document, filled in per agreement (DESIGN §2, every bold letter). A draft
/// may leave some empty; an agreement can be signed, and terms amended, only when all are filled in.
/// Every value that is present is checked for range when the terms are made.
/// </summary>
public sealed record AgreementTerms
{
    private const int MaxTextLength = 300;
    private const int MaxCapabilities = 50;

    /// <summary>2.3.1: first response to a complaint within X hours of receipt.</summary>
    public TimeSpan? FirstResponseWithin { get; init; }

    /// <summary>2.3.1: a solution or a progress update within Y hours.</summary>
    public TimeSpan? SolutionOrUpdateWithin { get; init; }

    /// <summary>4.2.2: a major complaint must be resolved within this time.</summary>
    public TimeSpan? MajorResolutionWithin { get; init; }

    /// <summary>2.3.2: complaint resolution rate ≥ R% (0–100).</summary>
    public decimal? ResolutionRateTarget { get; init; }

    /// <summary>2.3.2: major-complaint resolution rate ≥ R_major% (0–100).</summary>
    public decimal? MajorResolutionRateTarget { get; init; }

    /// <summary>2.3.2: the period rates are measured over.</summary>
    public MeasurementPeriod? MeasurementPeriod { get; init; }

    /// <summary>2.3.3: survey score ≥ S on the evaluator's scale.</summary>
    public SatisfactionFloor? SatisfactionFloor { get; init; }

    /// <summary>1.3 / 4.2.1: a continuous interruption longer than N hours is major.</summary>
    public TimeSpan? MajorInterruptionThreshold { get; init; }

    /// <summary>4.2.3: a survey below the floor must be rectified within K months of the report.</summary>
    public int? RectificationPeriodMonths { get; init; }

    /// <summary>3.1: yearly fund of at least F% of annual service revenue (0–100).</summary>
    public decimal? FundingMinPercentOfRevenue { get; init; }

    /// <summary>3.2: a dedicated team of at least H people.</summary>
    public int? TeamMinHeadcount { get; init; }

    /// <summary>3.2: core members with at least E years of industry experience.</summary>
    public decimal? CoreMemberMinExperienceYears { get; init; }

    /// <summary>3.3: technology capabilities the promisor must keep (may be empty).</summary>
    public IReadOnlyList<string> RequiredCapabilities { get; init; } = [];

    /// <summary>5.1: written negotiation lasts at most D days.</summary>
    public int? NegotiationMaxDays { get; init; }

    /// <summary>5.2: the arbitration commission named in the agreement.</summary>
    public string? ArbitrationCommission { get; init; }

    /// <summary>5.3: the people's court with jurisdiction where the promisor is located.</summary>
    public string? LitigationVenue { get; init; }

    /// <summary>2.3.1: the calendar by which complaint clocks count (checked when it is made).</summary>
    public ServiceCalendar? ServiceCalendar { get; init; }

    /// <summary>Checks the range of every value present; the first bad one is named (<c>terms.&lt;field&gt;</c>).</summary>
    public AgreementTerms Validated()
    {
        PositiveDuration(FirstResponseWithin, "first_response_within");
        PositiveDuration(SolutionOrUpdateWithin, "solution_or_update_within");
        PositiveDuration(MajorResolutionWithin, "major_resolution_within");
        PositiveDuration(MajorInterruptionThreshold, "major_interruption_threshold");
        Percent(ResolutionRateTarget, "resolution_rate_target");
        Percent(MajorResolutionRateTarget, "major_resolution_rate_target");
        Percent(FundingMinPercentOfRevenue, "funding_min_percent_of_revenue");
        Positive(RectificationPeriodMonths, "rectification_period_months", max: 120);
        Positive(TeamMinHeadcount, "team_min_headcount", max: 1_000_000);
        Positive(NegotiationMaxDays, "negotiation_max_days", max: 3650);
        if (CoreMemberMinExperienceYears is < 0 or > 80)
        {
            throw Invalid("core_member_min_experience_years", "must be between 0 and 80 years");
        }

        if (SatisfactionFloor is { } floor)
        {
            if (floor.ScaleMin >= floor.ScaleMax)
            {
                throw Invalid("satisfaction_floor.scale_max", "must be above scale_min");
            }

            if (floor.Score < floor.ScaleMin || floor.Score > floor.ScaleMax)
            {
                throw Invalid("satisfaction_floor.score", $"must be within the scale {floor.ScaleMin}–{floor.ScaleMax}");
            }
        }

        Text(ArbitrationCommission, "arbitration_commission");
        Text(LitigationVenue, "litigation_venue");
        if (RequiredCapabilities.Count > MaxCapabilities)
        {
            throw Invalid("required_capabilities", $"may list at most {MaxCapabilities} capabilities");
        }

        for (var i = 0; i < RequiredCapabilities.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(RequiredCapabilities[i]) || RequiredCapabilities[i].Length > MaxTextLength)
            {
                throw Invalid($"required_capabilities[{i}]", $"must be a name of 1–{MaxTextLength} characters");
            }
        }

        if (RequiredCapabilities.Distinct(StringComparer.OrdinalIgnoreCase).Count() != RequiredCapabilities.Count)
        {
            throw Invalid("required_capabilities", "lists a capability twice");
        }

        return this;
    }

    /// <summary>The first term left blank, as its wire name, or null when every term is filled in.</summary>
    public string? FirstMissing()
    {
        (object? Value, string Field)[] required =
        [
            (FirstResponseWithin, "first_response_within"),
            (SolutionOrUpdateWithin, "solution_or_update_within"),
            (MajorResolutionWithin, "major_resolution_within"),
            (ResolutionRateTarget, "resolution_rate_target"),
            (MajorResolutionRateTarget, "major_resolution_rate_target"),
            (MeasurementPeriod, "measurement_period"),
            (SatisfactionFloor, "satisfaction_floor"),
            (MajorInterruptionThreshold, "major_interruption_threshold"),
            (RectificationPeriodMonths, "rectification_period_months"),
            (FundingMinPercentOfRevenue, "funding_min_percent_of_revenue"),
            (TeamMinHeadcount, "team_min_headcount"),
            (CoreMemberMinExperienceYears, "core_member_min_experience_years"),
            (NegotiationMaxDays, "negotiation_max_days"),
            (ArbitrationCommission, "arbitration_commission"),
            (LitigationVenue, "litigation_venue"),
            (ServiceCalendar, "service_calendar"),
        ];
        return required.FirstOrDefault(term => term.Value is null).Field is { } missing ? $"terms.{missing}" : null;
    }

    private static void PositiveDuration(TimeSpan? value, string field)
    {
        if (value is { } duration && duration <= TimeSpan.Zero)
        {
            throw Invalid(field, "must be a positive duration");
        }
    }

    private static void Percent(decimal? value, string field)
    {
        if (value is < 0 or > 100)
        {
            throw Invalid(field, "must be a percentage between 0 and 100");
        }
    }

    private static void Positive(int? value, string field, int max)
    {
        if (value is { } number && (number < 1 || number > max))
        {
            throw Invalid(field, $"must be between 1 and {max}");
        }
    }

    private static void Text(string? value, string field)
    {
        if (value is not null && (value.Trim().Length == 0 || value.Length > MaxTextLength))
        {
            throw Invalid(field, $"must be 1–{MaxTextLength} characters when given");
        }
    }

    private static RuleViolationException Invalid(string field, string problem) =>
        RuleViolationException.Invalid($"terms.{field}", $"terms.{field} {problem}.");
}
