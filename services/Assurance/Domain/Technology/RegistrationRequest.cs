namespace Platform.Assurance.Domain.Technology;

/// <summary>The request id of a RegisterCapability call and the fingerprint of its content, so a retry registers nothing twice.</summary>
public sealed record RegistrationRequest(Guid Id, string Fingerprint);
