namespace Platform.Contracts.Events.Assurance;

/// <summary>The rectification plan of a survey below the floor was completed (clause 4.2.3).</summary>
public sealed record SurveyRectified : IntegrationEvent
{
    /// <summary>Survey id.</summary>
    public required Guid SurveyId { get; init; }

    /// <summary>When rectification was completed.</summary>
    public required DateTimeOffset RectifiedAt { get; init; }
}
