namespace Platform.Contracts.Events.Agreements;

/// <summary>An agreement was signed and is now in force, with terms version 1.</summary>
public sealed record AgreementActivated : AgreementFact
{
    /// <summary>Organisation id of the promisor.</summary>
    public required string PromisorId { get; init; }

    /// <summary>Name of the promisor.</summary>
    public string PromisorName { get; init; } = string.Empty;

    /// <summary>Organisation ids of the subsidiaries the promisor authorised (clause 2.1).</summary>
    public IReadOnlyList<string> SubsidiaryIds { get; init; } = [];

    /// <summary>Id of the customer.</summary>
    public required string CustomerId { get; init; }

    /// <summary>When the agreement takes effect.</summary>
    public required DateTimeOffset EffectiveFrom { get; init; }

    /// <summary>When the agreement expires.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The signed terms (version 1), in force from <see cref="EffectiveFrom"/>.</summary>
    public AgreementTermsSnapshot? Terms { get; init; }
}
