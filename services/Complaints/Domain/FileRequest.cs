namespace Platform.Complaints.Domain;

/// <summary>The request id of a FileComplaint call and the fingerprint of its content, so a retry files nothing twice.</summary>
public sealed record FileRequest(Guid Id, string Fingerprint);
