namespace Platform.Contracts.Events.Assurance;

/// <summary>An interruption ended.</summary>
public sealed record InterruptionEnded : IntegrationEvent
{
    /// <summary>Interruption id.</summary>
    public required Guid InterruptionId { get; init; }

    /// <summary>When service was restored.</summary>
    public required DateTimeOffset EndedAt { get; init; }

    /// <summary>
    /// The start the duration counts from (as corrected so far); null from publishers that did not send it.
    /// </summary>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>
    /// The continuous (wall-clock) duration, <see cref="EndedAt"/> − <see cref="StartedAt"/>; null from
    /// publishers that did not send it.
    /// </summary>
    public TimeSpan? Duration { get; init; }
}
