namespace Platform.Contracts.Events.Agreements;

/// <summary>
/// The calendar by which complaint clocks count. No <see cref="TimeZone"/> means round the clock;
/// otherwise only the weekly windows (local time in that IANA zone) count, except on the holidays.
/// </summary>
public sealed record ServiceCalendarSnapshot
{
    /// <summary>IANA time zone id, or null for round the clock.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Weekly working windows.</summary>
    public IReadOnlyList<WorkingWindowSnapshot> WeeklySchedule { get; init; } = [];

    /// <summary>Local dates on which no time counts.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];
}
