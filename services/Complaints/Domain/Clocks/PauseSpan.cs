namespace Platform.Complaints.Domain.Clocks;

/// <summary>The part of a pause that is credited to the clocks: [<see cref="Start"/>, <see cref="End"/>), and its working time.</summary>
public readonly record struct PauseSpan(DateTimeOffset Start, DateTimeOffset End, TimeSpan Credited);
