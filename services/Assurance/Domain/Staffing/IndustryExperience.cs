using System.Globalization;
using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Staffing;

/// <summary>
/// Years of industry experience as of a date. It grows with time (a year is 365.25 days) and is less before
/// that date, never below zero. Comparisons are made in ticks, so the instant a member reaches a number of
/// years is exact.
/// </summary>
public sealed record IndustryExperience(decimal Years, DateTimeOffset AsOf)
{
    public const decimal MaxYears = 80m;
    public const int MaxDecimals = 2;
    /// <summary>365.25 days.</summary>
    public const long YearTicks = TimeSpan.TicksPerDay * 1461 / 4;

    public static IndustryExperience Of(decimal? years, DateTimeOffset asOf, DateTimeOffset now)
    {
        if (years is not { } value)
        {
            throw RuleViolationException.Invalid("industry_experience_years", "industry_experience_years is required.");
        }

        if (value is < 0 or > MaxYears || decimal.Round(value, MaxDecimals) != value)
        {
            throw RuleViolationException.Invalid("industry_experience_years", $"industry_experience_years must be from 0 to {MaxYears} with at most {MaxDecimals} decimals.");
        }

        return asOf <= now
            ? new IndustryExperience(decimal.Round(value, MaxDecimals), asOf)
            : throw RuleViolationException.Invalid("experience_as_of", $"experience_as_of {asOf:O} is in the future; give the experience as of today or an earlier date.");
    }

    /// <summary>The experience at <paramref name="at"/>, cut to two decimals.</summary>
    public decimal At(DateTimeOffset at) =>
        decimal.Round(TicksAt(at) / YearTicks, MaxDecimals, MidpointRounding.ToZero);

    /// <summary>Whether the experience at <paramref name="at"/> is at least <paramref name="requiredYears"/>.</summary>
    public bool Meets(decimal requiredYears, DateTimeOffset at) => TicksAt(at) >= requiredYears * YearTicks;

    /// <summary>The first instant (to the microsecond) at which the experience reaches <paramref name="requiredYears"/>.</summary>
    public DateTimeOffset Reaches(decimal requiredYears)
    {
        var ticks = (long)decimal.Ceiling((requiredYears - Years) * YearTicks);
        var remainder = ticks % TimeSpan.TicksPerMicrosecond;
        return AsOf.AddTicks(remainder > 0 ? ticks - remainder + TimeSpan.TicksPerMicrosecond : ticks - remainder);
    }

    public override string ToString() => $"{Years.ToString("0.##", CultureInfo.InvariantCulture)} years as of {AsOf:yyyy-MM-dd}";

    private decimal TicksAt(DateTimeOffset at) => Math.Max(0m, (Years * YearTicks) + (at - AsOf).Ticks);
}
