namespace Platform.Assurance.Domain.Staffing;

/// <summary>One recorded step of a team member: who did what, when, and the details.</summary>
public sealed record StaffingHistoryEntry(int Sequence, DateTimeOffset At, string Actor, string Action, string Detail);
