namespace Platform.Complaints.Domain;

/// <summary>
/// The customer's contact details in their encrypted form. The domain never sees them in clear: only the
/// adapter that seals and opens them holds the keys (part 2, clause 2.2(5)).
/// </summary>
public sealed record SealedContact(string Value);
