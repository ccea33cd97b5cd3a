namespace Platform.Assurance.Domain.Staffing;

/// <summary>A request adding a team member: its client-chosen id and a fingerprint of its content, so a retry is told from a reuse.</summary>
public sealed record StaffingRequest(Guid Id, string Fingerprint);
