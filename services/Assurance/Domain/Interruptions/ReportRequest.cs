namespace Platform.Assurance.Domain.Interruptions;

/// <summary>The request id of a ReportInterruptionStarted call and the fingerprint of its content, so a retry reports nothing twice.</summary>
public sealed record ReportRequest(Guid Id, string Fingerprint);
