namespace Platform.Contracts.Events.Assurance;

/// <summary>An interruption ended.</summary>
public sealed record InterruptionEnded : IntegrationEvent
{
    /// <summary>Interruption id.</summary>
    public required Guid InterruptionId { get; init; }

    /// <summary>When service was restored.</summary>
    public required DateTimeOffset EndedAt { get; init; }
}
