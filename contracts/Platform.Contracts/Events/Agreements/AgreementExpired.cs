namespace Platform.Contracts.Events.Agreements;

/// <summary>An active agreement reached its expiry time and is no longer in force.</summary>
public sealed record AgreementExpired : IntegrationEvent
{
    /// <summary>Agreement id.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>Commitment number.</summary>
    public required string Number { get; init; }

    /// <summary>Version of the agreement after this change; consumers ignore facts older than what they hold.</summary>
    public required long AgreementVersion { get; init; }
}
