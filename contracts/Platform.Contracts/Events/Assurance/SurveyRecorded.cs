namespace Platform.Contracts.Events.Assurance;

/// <summary>A third-party evaluator's yearly satisfaction survey result was received (clause 2.3.3).</summary>
public sealed record SurveyRecorded : IntegrationEvent
{
    /// <summary>Survey id.</summary>
    public required Guid SurveyId { get; init; }

    /// <summary>The promisor surveyed.</summary>
    public required string PromisorId { get; init; }

    /// <summary>The agreements it covers; empty for every agreement of the promisor in force at the report.</summary>
    public IReadOnlyList<Guid> AgreementIds { get; init; } = [];

    /// <summary>The year surveyed.</summary>
    public required int Year { get; init; }

    /// <summary>The score, on the evaluator's scale.</summary>
    public required decimal Score { get; init; }

    /// <summary>When the promisor received the report; the rectification months count from here (4.2.3).</summary>
    public required DateTimeOffset ReportReceivedAt { get; init; }

    /// <summary>Lowest score of the evaluator's scale; null from publishers that did not send it.</summary>
    public decimal? ScaleMin { get; init; }

    /// <summary>Highest score of the evaluator's scale; null from publishers that did not send it.</summary>
    public decimal? ScaleMax { get; init; }

    /// <summary>The evaluator who made the survey, when known.</summary>
    public Guid? EvaluatorId { get; init; }
}
