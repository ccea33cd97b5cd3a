namespace Platform.Contracts.Events.Agreements;

/// <summary>An agreement was signed and is now in force.</summary>
public sealed record AgreementActivated : IntegrationEvent
{
    /// <summary>Agreement id.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>Commitment number, e.g. <c>CXQ-2026-000123</c>.</summary>
    public required string Number { get; init; }

    /// <summary>Organisation id of the promisor.</summary>
    public required string PromisorId { get; init; }

    /// <summary>Id of the customer.</summary>
    public required string CustomerId { get; init; }

    /// <summary>When the agreement takes effect.</summary>
    public required DateTimeOffset EffectiveFrom { get; init; }

    /// <summary>When the agreement expires.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>Version of the agreement after this change; consumers ignore facts older than what they hold.</summary>
    public required long AgreementVersion { get; init; }
}
