namespace Platform.Contracts.Events.Agreements;

/// <summary>A working window of a weekday; an <see cref="End"/> of 00:00 means midnight at the end of the day.</summary>
public sealed record WorkingWindowSnapshot(DayOfWeek DayOfWeek, TimeOnly Start, TimeOnly End);
