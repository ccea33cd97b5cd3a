namespace Platform.Complaints.Domain;

/// <summary>One recorded step of a complaint: who did what, when, and the status after it.</summary>
public sealed record HistoryEntry(int Sequence, DateTimeOffset At, string Actor, string Action, string Detail, ComplaintStatus Status);
