namespace Platform.Complaints.Domain.Clocks;

/// <summary>A clock as of an instant: what a caller sees of it.</summary>
public sealed record ClockView(
    ClockKind Kind,
    ClockState State,
    DateTimeOffset StartedAt,
    TimeSpan Allowed,
    DateTimeOffset DueAt,
    DateTimeOffset OriginalDueAt,
    TimeSpan Elapsed,
    TimeSpan ElapsedBusiness,
    decimal PercentUsed,
    TimeSpan TimeLeft,
    DateTimeOffset? MetAt,
    TimeSpan Paused);
