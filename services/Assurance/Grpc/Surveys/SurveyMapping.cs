using Google.Protobuf.WellKnownTypes;
using Platform.Assurance.Domain.Surveys;
using Platform.ServiceDefaults.Requests;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Surveys;

/// <summary>Domain → wire. The domain enums carry the wire enums' numbers (checked by a test), so they convert by value.</summary>
internal static class SurveyMapping
{
    public static Proto.SurveyEvaluator ToProto(this Evaluator evaluator) => new()
    {
        Id = evaluator.Id.ToString(),
        PromisorId = evaluator.PromisorId,
        Name = evaluator.Name,
        Accreditation = evaluator.Accreditation,
        IndependenceDeclaration = evaluator.IndependenceDeclaration,
        IndependenceDeclaredAt = Timestamp.FromDateTimeOffset(evaluator.IndependenceDeclaredAt),
        RegisteredAt = Timestamp.FromDateTimeOffset(evaluator.RegisteredAt),
        RegisteredBy = evaluator.RegisteredBy,
        Version = evaluator.Version,
    };

    public static Proto.Survey ToProto(this Survey survey) => new()
    {
        Id = survey.Id.ToString(),
        PromisorId = survey.PromisorId,
        Scope = survey.WholePromisor ? Proto.SurveyScopeKind.Promisor : Proto.SurveyScopeKind.Agreements,
        AgreementIds = { survey.AgreementIds.Select(id => id.ToString()) },
        Year = survey.Year,
        EvaluatorId = survey.EvaluatorId.ToString(),
        Score = RequestFields.ToWire(survey.Score),
        ScaleMin = RequestFields.ToWire(survey.ScaleMin),
        ScaleMax = RequestFields.ToWire(survey.ScaleMax),
        ReportReceivedAt = Timestamp.FromDateTimeOffset(survey.ReportReceivedAt),
        RecordedAt = Timestamp.FromDateTimeOffset(survey.RecordedAt),
        RecordedBy = survey.RecordedBy,
        RectificationId = survey.RectificationId?.ToString() ?? string.Empty,
        Version = survey.Version,
    };

    public static Proto.Rectification ToProto(this Rectification rectification, DateTimeOffset now) => new()
    {
        Id = rectification.Id.ToString(),
        SurveyId = rectification.SurveyId.ToString(),
        PromisorId = rectification.PromisorId,
        Year = rectification.Year,
        ReportReceivedAt = Timestamp.FromDateTimeOffset(rectification.ReportReceivedAt),
        Status = (Proto.RectificationStatus)(int)rectification.StatusAt(now),
        Deadline = Timestamp.FromDateTimeOffset(rectification.Deadline),
        Agreements = { rectification.Obligations.Select(ToProto) },
        OpenedAt = Timestamp.FromDateTimeOffset(rectification.OpenedAt),
        CompletedAt = Optional(rectification.CompletedAt),
        CompletedBy = rectification.CompletedBy ?? string.Empty,
        Evidence = rectification.Evidence ?? string.Empty,
        EvidenceDocumentRef = rectification.EvidenceDocumentRef ?? string.Empty,
        History = { rectification.History.Select(ToProto) },
        Version = rectification.Version,
    };

    private static Proto.RectificationAgreement ToProto(RectificationObligation obligation) => new()
    {
        AgreementId = obligation.AgreementId.ToString(),
        TermsVersion = obligation.TermsVersion,
        Floor = RequestFields.ToWire(obligation.Floor),
        TermsScaleMin = RequestFields.ToWire(obligation.TermsScaleMin),
        TermsScaleMax = RequestFields.ToWire(obligation.TermsScaleMax),
        ScoreOnTermsScale = RequestFields.ToWire(obligation.ScoreOnTermsScale),
        RectificationPeriodMonths = obligation.RectificationMonths,
        Deadline = Timestamp.FromDateTimeOffset(obligation.Deadline),
        OverdueAt = Optional(obligation.OverdueAt),
    };

    private static Proto.SurveyHistoryEntry ToProto(SurveyHistoryEntry entry) => new()
    {
        Sequence = entry.Sequence,
        At = Timestamp.FromDateTimeOffset(entry.At),
        Actor = entry.Actor,
        Action = entry.Action,
        Detail = entry.Detail,
    };

    private static Timestamp? Optional(DateTimeOffset? value) => value is { } at ? Timestamp.FromDateTimeOffset(at) : null;
}
