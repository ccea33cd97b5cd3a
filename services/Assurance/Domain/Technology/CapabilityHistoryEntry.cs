namespace Platform.Assurance.Domain.Technology;

/// <summary>One recorded step of a capability: who did what, and when.</summary>
public sealed record CapabilityHistoryEntry(int Sequence, DateTimeOffset At, string Actor, string Action, string Detail);
