namespace Platform.SharedKernel;

/// <summary>
/// The caller's id of a create request and a fingerprint of its content: a retry (same id, same content)
/// returns what the first call made; the same id with other content is refused.
/// </summary>
public sealed record ClientRequest(Guid Id, string Fingerprint);
