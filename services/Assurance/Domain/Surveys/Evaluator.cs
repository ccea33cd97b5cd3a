using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Surveys;

/// <summary>
/// A third-party evaluator (clause 1.5): an independent, authoritative body chosen and engaged by the promisor,
/// with its accreditation and its declaration of independence.
/// </summary>
public sealed class Evaluator
{
    // For EF Core.
    private Evaluator()
    {
        RequestFingerprint = string.Empty;
        PromisorId = string.Empty;
        Name = string.Empty;
        Accreditation = string.Empty;
        IndependenceDeclaration = string.Empty;
        RegisteredBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The request id of the RegisterEvaluator call, so a retried call returns this evaluator.</summary>
    public Guid RequestId { get; private set; }

    public string RequestFingerprint { get; private set; }

    /// <summary>The promisor that chose the evaluator; only its surveys may name it.</summary>
    public string PromisorId { get; private set; }

    public string Name { get; private set; }

    public string Accreditation { get; private set; }

    public string IndependenceDeclaration { get; private set; }

    public DateTimeOffset IndependenceDeclaredAt { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBy { get; private set; }

    public long Version { get; private set; }

    /// <summary>Registers an evaluator chosen by <paramref name="promisorId"/>; its declaration is not dated in the future.</summary>
    public static Evaluator Register(
        Guid id,
        ClientRequest request,
        string? promisorId,
        string? name,
        string? accreditation,
        string? independenceDeclaration,
        DateTimeOffset? independenceDeclaredAt,
        string? actor,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var evaluator = new Evaluator
        {
            Id = id,
            RequestId = request.Id,
            RequestFingerprint = request.Fingerprint,
            PromisorId = SurveyText.PromisorId(promisorId),
            Name = SurveyText.Required(name, "name", SurveyText.MaxShortText),
            Accreditation = SurveyText.Required(accreditation, "accreditation", SurveyText.MaxShortText),
            IndependenceDeclaration = SurveyText.Required(independenceDeclaration, "independence_declaration", SurveyText.MaxLongText),
            IndependenceDeclaredAt = independenceDeclaredAt
                ?? throw RuleViolationException.Invalid("independence_declared_at", "independence_declared_at is required."),
            RegisteredBy = SurveyText.Required(actor, "actor", SurveyText.MaxShortText),
            RegisteredAt = now,
            Version = 1,
        };
        if (evaluator.IndependenceDeclaredAt > now)
        {
            throw RuleViolationException.Invalid(
                "independence_declared_at", $"independence_declared_at {evaluator.IndependenceDeclaredAt:O} is in the future; register the evaluator once it has declared its independence.");
        }

        return evaluator;
    }

    /// <summary>Refuses a register request that reuses this evaluator's request id for different content.</summary>
    public void EnsureRegisteredBy(ClientRequest request)
    {
        if (request.Id != RequestId || request.Fingerprint != RequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "evaluator.request_id_reused", "request_id", $"request_id {request.Id} was already used to register evaluator {Id} with different content; use a new request_id.");
        }
    }
}
