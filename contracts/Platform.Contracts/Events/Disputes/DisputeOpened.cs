namespace Platform.Contracts.Events.Disputes;

/// <summary>A dispute case was opened, possibly on breaches.</summary>
public sealed record DisputeOpened : IntegrationEvent
{
    /// <summary>Dispute id.</summary>
    public required Guid DisputeId { get; init; }

    /// <summary>The agreement disputed.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>Breaches the case is about.</summary>
    public IReadOnlyList<Guid> BreachIds { get; init; } = [];
}
