namespace Platform.Assurance.Domain.Interruptions;

/// <summary>One recorded step of an interruption: who did what, and when.</summary>
public sealed record InterruptionHistoryEntry(int Sequence, DateTimeOffset At, string Actor, string Action, string Detail);
