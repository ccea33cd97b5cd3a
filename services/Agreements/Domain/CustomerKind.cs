namespace Platform.Agreements.Domain;

/// <summary>Clause 2.2: every customer with a service agreement, enterprise or individual.</summary>
public enum CustomerKind
{
    Enterprise,
    Individual,
}
