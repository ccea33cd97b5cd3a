namespace Platform.Assurance.Domain.Inspections;

/// <summary>One recorded step of a finding: who did what, when, and its status after.</summary>
public sealed record FindingHistoryEntry(int Sequence, DateTimeOffset At, string Actor, string Action, string Detail, FindingStatus Status);
