namespace Platform.Disputes.Domain;

/// <summary>The request id of an OpenDispute call and the fingerprint of its content, so a retry opens nothing twice.</summary>
public sealed record OpenRequest(Guid Id, string Fingerprint);
