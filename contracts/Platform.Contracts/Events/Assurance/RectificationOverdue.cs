namespace Platform.Contracts.Events.Assurance;

/// <summary>
/// A rectification was not completed by an agreement's deadline (report received + rectification months,
/// clause 4.2.3). Published once per agreement of the rectification.
/// </summary>
public sealed record RectificationOverdue : IntegrationEvent
{
    /// <summary>Rectification id.</summary>
    public required Guid RectificationId { get; init; }

    /// <summary>The survey below the floor.</summary>
    public required Guid SurveyId { get; init; }

    /// <summary>The promisor.</summary>
    public required string PromisorId { get; init; }

    /// <summary>The agreement whose deadline passed.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>The deadline that passed.</summary>
    public required DateTimeOffset Deadline { get; init; }
}
