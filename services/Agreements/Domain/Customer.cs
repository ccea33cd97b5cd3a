namespace Platform.Agreements.Domain;

/// <summary>Clause 2.2: the customer the commitment is given to.</summary>
public sealed record Customer(string CustomerId, CustomerKind Kind, string Name);
