namespace Platform.Assurance.Domain.Inspections;

/// <summary>A corrective action on a finding: what, who owns it, when it is due, and how it was closed.</summary>
public sealed record CorrectiveAction(
    Guid Id,
    Guid RequestId,
    string RequestFingerprint,
    string Description,
    string Owner,
    DateTimeOffset DueAt,
    CorrectiveActionStatus Status,
    DateTimeOffset AddedAt,
    string AddedBy,
    DateTimeOffset? OverdueAt = null,
    DateTimeOffset? ClosedAt = null,
    string? ClosedBy = null,
    string? Evidence = null)
{
    public bool IsOpen => Status == CorrectiveActionStatus.Open;

    /// <summary>Open after its due time, or closed after it. Closed exactly at the due time is in time.</summary>
    public bool IsOverdueAt(DateTimeOffset now) => (ClosedAt ?? now) > DueAt;
}
