namespace Platform.Disputes.Domain;

/// <summary>One step on a case's append-only timeline: who did what, when, why, and the stage and status after it.</summary>
public sealed record TimelineEntry(int Sequence, DateTimeOffset At, string Actor, string Action, string Detail, DisputeStage Stage, DisputeStatus Status);
