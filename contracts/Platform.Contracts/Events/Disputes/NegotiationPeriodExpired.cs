namespace Platform.Contracts.Events.Disputes;

/// <summary>A case's negotiation period (clause 5.1) passed without settlement or failure: it may go to arbitration.</summary>
public sealed record NegotiationPeriodExpired : IntegrationEvent
{
    /// <summary>Dispute id.</summary>
    public required Guid DisputeId { get; init; }

    /// <summary>The agreement disputed.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>When the negotiation period ended.</summary>
    public required DateTimeOffset Deadline { get; init; }
}
