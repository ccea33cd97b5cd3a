namespace Platform.Assurance.Domain.Surveys;

/// <summary>The client's request id of a create and a fingerprint of its content, so a retry is told from a reuse.</summary>
public sealed record ClientRequest(Guid Id, string Fingerprint);
