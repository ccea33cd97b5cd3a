namespace Platform.Contracts.Events.Assurance;

/// <summary>
/// A survey's score was below the satisfaction floor of at least one agreement it covers: a rectification is
/// due by report received + the rectification months of each such agreement's terms (clause 4.2.3).
/// </summary>
public sealed record RectificationOpened : IntegrationEvent
{
    /// <summary>Rectification id.</summary>
    public required Guid RectificationId { get; init; }

    /// <summary>The survey below the floor.</summary>
    public required Guid SurveyId { get; init; }

    /// <summary>The promisor.</summary>
    public required string PromisorId { get; init; }

    /// <summary>The agreements whose floor the score missed.</summary>
    public IReadOnlyList<Guid> AgreementIds { get; init; } = [];

    /// <summary>The year surveyed.</summary>
    public required int Year { get; init; }

    /// <summary>When the report was received; the months count from here.</summary>
    public required DateTimeOffset ReportReceivedAt { get; init; }

    /// <summary>The earliest deadline among the agreements (each agreement's own is in the Assurance API).</summary>
    public required DateTimeOffset Deadline { get; init; }
}
