namespace Platform.Contracts.Events.Assurance;

/// <summary>The rectification of a survey below the floor was completed (clause 4.2.3).</summary>
public sealed record RectificationCompleted : IntegrationEvent
{
    /// <summary>Survey id.</summary>
    public required Guid SurveyId { get; init; }

    /// <summary>When rectification was completed.</summary>
    public required DateTimeOffset CompletedAt { get; init; }

    /// <summary>The rectification completed, when known.</summary>
    public Guid? RectificationId { get; init; }

    /// <summary>The promisor, when known.</summary>
    public string? PromisorId { get; init; }
}
