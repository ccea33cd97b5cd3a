namespace Platform.Contracts.Events.Agreements;

/// <summary>A fact about one agreement. Consumers keep the highest <see cref="AgreementVersion"/> they applied and ignore older facts.</summary>
public abstract record AgreementFact : IntegrationEvent
{
    /// <summary>Agreement id.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>Commitment number, e.g. <c>CXQ-2026-000123</c>.</summary>
    public required string Number { get; init; }

    /// <summary>Version of the agreement after this change; facts of one agreement are ordered by it.</summary>
    public required long AgreementVersion { get; init; }
}
