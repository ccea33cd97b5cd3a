namespace Platform.Agreements.Domain;

/// <summary>What services the commitment covers: a description and the service codes.</summary>
public sealed record ServiceScope(string Description, IReadOnlyList<string> ServiceCodes)
{
    public static readonly ServiceScope Empty = new(string.Empty, []);
}
