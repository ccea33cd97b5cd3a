using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Funding;

/// <summary>Fund years are calendar years in UTC: year Y ends on 1 January Y+1, 00:00 UTC.</summary>
public static class FundingYear
{
    public const int First = 2000;
    public const int Last = 2100;

    /// <summary>The instant year <paramref name="year"/> ends (exclusive).</summary>
    public static DateTimeOffset EndOf(int year) => new(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The fund year an entry booked at <paramref name="at"/> counts for.</summary>
    public static int Of(DateTimeOffset at) => at.UtcDateTime.Year;

    /// <summary>The year's last instant PostgreSQL can keep (a microsecond before its end): the terms of the year are those in force then.</summary>
    public static DateTimeOffset LastInstantOf(int year) => EndOf(year).AddTicks(-TimeSpan.TicksPerMicrosecond);

    /// <summary>A year a caller asks about: from <see cref="First"/> to <see cref="Last"/>.</summary>
    public static int Valid(int year, string field = "year") =>
        year is >= First and <= Last
            ? year
            : throw RuleViolationException.Invalid(field, year == 0 ? $"{field} is required." : $"{field} must be from {First} to {Last}, not {year}.");
}
