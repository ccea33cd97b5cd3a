using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Surveys;

/// <summary>
/// A yearly third-party satisfaction survey result (clause 2.3.3) for a scope of the promisor's agreements.
/// A result is final once recorded: it is published at once and Agreements judges it.
/// </summary>
public sealed class Survey : AggregateRoot
{
    // For EF Core.
    private Survey()
    {
        RequestFingerprint = string.Empty;
        PromisorId = string.Empty;
        ScopeKey = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The request id of the RecordSurvey call, so a retried call returns this survey.</summary>
    public Guid RequestId { get; private set; }

    public string RequestFingerprint { get; private set; }

    public string PromisorId { get; private set; }

    /// <summary>Covers every agreement of the promisor in force when the report was received.</summary>
    public bool WholePromisor { get; private set; }

    /// <summary>The agreements named; empty for the whole promisor.</summary>
    public IReadOnlyList<Guid> AgreementIds { get; private set; } = [];

    /// <summary>One value per scope ("promisor" or the sorted agreement ids): a year has one survey per scope.</summary>
    public string ScopeKey { get; private set; }

    public SurveyScope Scope => WholePromisor ? SurveyScope.Promisor() : SurveyScope.Agreements(AgreementIds);

    public int Year { get; private set; }

    public Guid EvaluatorId { get; private set; }

    public decimal Score { get; private set; }

    public decimal ScaleMin { get; private set; }

    public decimal ScaleMax { get; private set; }

    public SurveyScore Scored => SurveyScore.Of(Score, ScaleMin, ScaleMax);

    public DateTimeOffset ReportReceivedAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }

    /// <summary>The rectification the score opened, when it was below a floor.</summary>
    public Guid? RectificationId { get; private set; }

    public long Version { get; private set; }

    /// <summary>
    /// Records a result by <paramref name="evaluator"/>, which the same promisor chose and which had declared its
    /// independence by the time the report was received.
    /// </summary>
    public static Survey Record(Guid id, ClientRequest request, string promisorId, SurveyScope scope, SurveyResult result, Evaluator evaluator, string? actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(evaluator);
        var who = SurveyText.Required(actor, "actor", SurveyText.MaxShortText);
        if (evaluator.PromisorId != promisorId)
        {
            throw RuleViolationException.Precondition(
                "survey.evaluator_of_other_promisor", "evaluator_id", $"Evaluator {evaluator.Id} was chosen by {evaluator.PromisorId}, not by {promisorId}; clause 1.5 wants an evaluator the promisor chose.");
        }

        if (evaluator.IndependenceDeclaredAt > result.ReportReceivedAt)
        {
            throw RuleViolationException.Precondition(
                "survey.evaluator_not_yet_independent",
                "evaluator_id",
                $"Evaluator {evaluator.Id} declared its independence on {evaluator.IndependenceDeclaredAt:O}, after the report was received ({result.ReportReceivedAt:O}).");
        }

        var survey = new Survey
        {
            Id = id,
            RequestId = request.Id,
            RequestFingerprint = request.Fingerprint,
            PromisorId = promisorId,
            WholePromisor = scope.WholePromisor,
            AgreementIds = scope.AgreementIds,
            ScopeKey = scope.Key,
            Year = result.Year,
            EvaluatorId = evaluator.Id,
            Score = result.Score.Score,
            ScaleMin = result.Score.ScaleMin,
            ScaleMax = result.Score.ScaleMax,
            ReportReceivedAt = result.ReportReceivedAt,
            RecordedAt = now,
            RecordedBy = who,
            Version = 1,
        };
        survey.Raise(new SurveyRecorded(now));
        return survey;
    }

    /// <summary>Refuses a record request that reuses this survey's request id for different content.</summary>
    public void EnsureRecordedBy(ClientRequest request)
    {
        if (request.Id != RequestId || request.Fingerprint != RequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "survey.request_id_reused", "request_id", $"request_id {request.Id} was already used to record survey {Id} with different content; use a new request_id.");
        }
    }

    /// <summary>Refuses a second survey of the same year whose scope overlaps this one's: an agreement has one survey a year.</summary>
    public void EnsureNotOverlapping(int year, SurveyScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (year == Year && Scope.Overlaps(scope))
        {
            throw RuleViolationException.AlreadyExists(
                "survey.already_recorded",
                "year",
                $"Survey {Id} already covers {(WholePromisor ? $"every agreement of {PromisorId}" : "an agreement named")} for {Year}; one survey per year per scope.");
        }
    }

    /// <summary>Links the rectification the score opened.</summary>
    public void Opened(Rectification rectification)
    {
        ArgumentNullException.ThrowIfNull(rectification);
        RectificationId = rectification.Id;
    }
}
