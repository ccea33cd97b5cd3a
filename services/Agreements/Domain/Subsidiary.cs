namespace Platform.Agreements.Domain;

/// <summary>Clause 2.1: a subsidiary the promisor authorised, bound by the commitment too.</summary>
public sealed record Subsidiary(string OrganizationId, string Name);
