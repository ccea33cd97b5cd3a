namespace Platform.Agreements.Domain;

/// <summary>How to reach the customer. Personal data: never logged, never put in events.</summary>
public sealed record CustomerContact(string? Email, string? Phone);
