namespace Platform.Agreements.Domain;

/// <summary>Clause 2.1: the company bound by the commitment.</summary>
public sealed record Promisor(string OrganizationId, string Name);
