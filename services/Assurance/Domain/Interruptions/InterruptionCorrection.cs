namespace Platform.Assurance.Domain.Interruptions;

/// <summary>A correction of an interruption: who made it, when, why, and what it changed.</summary>
public sealed record InterruptionCorrection(int Sequence, DateTimeOffset At, string Actor, string Reason, IReadOnlyList<FieldChange> Changes);
