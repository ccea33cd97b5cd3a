namespace Platform.Contracts.Events;

/// <summary>
/// A fact one bounded context publishes for the others. Integration events are immutable, named in the
/// past tense and evolve only by adding fields; a change of meaning is a new type with a version suffix.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>When the fact happened in the publishing context (UTC).</summary>
    public required DateTimeOffset OccurredAt { get; init; }
}
