using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Data;
using Platform.AgreementReplica.Domain;
using Platform.Assurance.Domain.Surveys;
using Platform.Assurance.Messaging.Surveys;
using Platform.Contracts.Assurance.V1;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Rectification = Platform.Assurance.Domain.Surveys.Rectification;
using Survey = Platform.Assurance.Domain.Surveys.Survey;
using SurveyYearStatus = Platform.Assurance.Domain.Surveys.SurveyYearStatus;

namespace Platform.Assurance.Grpc.Surveys;

public sealed partial class SurveysGrpcService
{
    public override async Task<RecordSurveyResponse> RecordSurvey(RecordSurveyRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var clientRequest = new ClientRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), RequestFingerprint.Of(request));
        if (await FindSurveyByRequestAsync(clientRequest.Id, ct) is { } earlier)
        {
            earlier.EnsureRecordedBy(clientRequest);
            return await RecordedAsync(earlier, now, ct);
        }

        // Everything is checked before anything is stored.
        var promisorId = SurveyText.PromisorId(request.PromisorId);
        var scope = Scope(request);
        var evaluatorId = RequestFields.RequiredGuid(request.EvaluatorId, "evaluator_id");
        var score = SurveyScore.Of(
            RequestFields.OptionalDecimal(request.Score, "score"),
            RequestFields.OptionalDecimal(request.ScaleMin, "scale_min"),
            RequestFields.OptionalDecimal(request.ScaleMax, "scale_max"));
        var result = SurveyResult.Of(request.Year, score, RequestFields.OptionalTime(request.ReportReceivedAt, "report_received_at"), now);
        SurveyText.Required(request.Actor, "actor", SurveyText.MaxShortText);
        var evaluator = await FindEvaluatorAsync(evaluatorId, ct) ?? throw RuleViolationException.NotFound("evaluator", request.EvaluatorId);
        var agreements = scope.WholePromisor
            ? await SurveyCoverage.OfPromisorAsync(db, promisorId, ct)
            : await SurveyCoverage.NamedAsync(db, promisorId, scope.AgreementIds, ct);
        foreach (var sameYear in await db.Set<Survey>().AsNoTracking().Where(s => s.PromisorId == promisorId && s.Year == result.Year).ToListAsync(ct))
        {
            sameYear.EnsureNotOverlapping(result.Year, scope);
        }

        var survey = Survey.Record(Guid.CreateVersion7(), clientRequest, promisorId, scope, result, evaluator, request.Actor, now);
        var rectification = Rectification.OpenFor(Guid.CreateVersion7(), survey, SurveyCoverage.InForceAt(agreements, result.ReportReceivedAt), now);
        db.Add(survey);
        SurveyIntegrationEvents.Enqueue(survey, outbox);
        if (rectification is not null)
        {
            survey.Opened(rectification);
            db.Add(rectification);
            SurveyIntegrationEvents.Enqueue(rectification, outbox);
            await deadlines.SyncAsync(rectification, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex, "ix_surveys_request_id"))
        {
            // A retry of the same request raced this one and won: answer with what it recorded.
            db.ChangeTracker.Clear();
            survey = await FindSurveyByRequestAsync(clientRequest.Id, ct) ?? throw new InvalidOperationException("Survey conflicted but none has this request id.", ex);
            survey.EnsureRecordedBy(clientRequest);
            return await RecordedAsync(survey, now, ct);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex, "ix_surveys_promisor_id_year_scope_key"))
        {
            throw RuleViolationException.AlreadyExists(
                "survey.already_recorded", "year", $"A survey of {promisorId} for {result.Year} with the same scope was recorded at the same time; one survey per year per scope.");
        }

        return new RecordSurveyResponse { Survey = survey.ToProto(), Rectification = rectification?.ToProto(now) };
    }

    public override async Task<GetSurveyResponse> GetSurvey(GetSurveyRequest request, ServerCallContext context)
    {
        var id = RequestFields.RequiredGuid(request.SurveyId, "survey_id");
        var survey = await db.Set<Survey>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, context.CancellationToken)
            ?? throw RuleViolationException.NotFound("survey", request.SurveyId);
        return new GetSurveyResponse { Survey = survey.ToProto() };
    }

    public override async Task<ListSurveysResponse> ListSurveys(ListSurveysRequest request, ServerCallContext context)
    {
        var (items, next) = await SurveyListing.SurveysAsync(db, request, context.CancellationToken);
        return new ListSurveysResponse { Surveys = { items.Select(s => s.ToProto()) }, NextPageToken = next };
    }

    public override async Task<GetSurveyStatusResponse> GetSurveyStatus(GetSurveyStatusRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var byAgreement = !string.IsNullOrEmpty(request.AgreementId);
        if (byAgreement == !string.IsNullOrEmpty(request.PromisorId))
        {
            throw RuleViolationException.Invalid("promisor_id", "Give exactly one of promisor_id (the promisor's record) and agreement_id (one agreement's record).");
        }

        var agreementId = byAgreement ? RequestFields.RequiredGuid(request.AgreementId, "agreement_id") : Guid.Empty;
        var (from, to) = SurveyRecord.Range(request.FromYear, request.ToYear, now);
        List<KnownAgreement> agreements;
        string promisorId;
        if (byAgreement)
        {
            var known = await db.FindKnownAgreementAsync(agreementId, ct) ?? throw RuleViolationException.NotFound("agreement", request.AgreementId);
            promisorId = known.PromisorId ?? throw RuleViolationException.Precondition(
                "survey.agreement_promisor_unknown", "agreement_id", $"The activation of agreement {known.Number} has not arrived yet, so its promisor is not known here.");
            agreements = [known];
        }
        else
        {
            promisorId = SurveyText.PromisorId(request.PromisorId);
            agreements = await SurveyCoverage.OfPromisorAsync(db, promisorId, ct);
        }

        var surveys = (await db.Set<Survey>().AsNoTracking()
                .Where(s => s.PromisorId == promisorId && s.Year >= from && s.Year <= to)
                .OrderBy(s => s.Year).ThenBy(s => s.Id)
                .ToListAsync(ct))
            .Where(s => !byAgreement || s.Scope.Covers(agreementId))
            .ToList();
        var open = await db.Set<Rectification>().AsNoTracking()
            .Where(r => r.PromisorId == promisorId && r.State == RectificationState.Open && (!byAgreement || r.AgreementIds.Contains(agreementId)))
            .OrderBy(r => r.Deadline)
            .ToListAsync(ct);
        var periods = SurveyCoverage.Periods(agreements).ToList();
        var response = new GetSurveyStatusResponse { PromisorId = promisorId, AgreementId = byAgreement ? agreementId.ToString() : string.Empty };
        for (var year = from; year <= to; year++)
        {
            var ofYear = surveys.Where(s => s.Year == year).ToList();
            var status = SurveyRecord.StatusOf(year, ofYear.Count > 0, periods, now);
            response.Years.Add(new SurveyYear { Year = year, Status = (Platform.Contracts.Assurance.V1.SurveyYearStatus)(int)status, Surveys = { ofYear.Select(s => s.ToProto()) } });
            if (status == SurveyYearStatus.Missing)
            {
                response.MissingYears.Add(year);
            }
        }

        response.OpenRectifications.AddRange(open.Select(r => r.ToProto(now)));
        return response;
    }

    /// <summary>The scope asked for: named agreements (each a UUID, at least one) or the whole promisor (none named).</summary>
    private static SurveyScope Scope(RecordSurveyRequest request)
    {
        switch (request.Scope)
        {
            case SurveyScopeKind.Promisor when request.AgreementIds.Count > 0:
                throw RuleViolationException.Invalid("agreement_ids", "agreement_ids must be empty with scope PROMISOR, which covers every agreement of the promisor.");
            case SurveyScopeKind.Promisor:
                return SurveyScope.Promisor();
            case SurveyScopeKind.Agreements:
                return SurveyScope.Agreements([.. request.AgreementIds.Select(id => RequestFields.RequiredGuid(id, "agreement_ids"))]);
            default:
                throw RuleViolationException.Invalid("scope", "scope is required: AGREEMENTS (the agreements named) or PROMISOR (every agreement of the promisor).");
        }
    }

    private async Task<RecordSurveyResponse> RecordedAsync(Survey survey, DateTimeOffset now, CancellationToken ct) => new()
    {
        Survey = survey.ToProto(),
        Rectification = (await FindRectificationAsync(survey.RectificationId, ct))?.ToProto(now),
    };

    private Task<Survey?> FindSurveyByRequestAsync(Guid requestId, CancellationToken ct) =>
        db.Set<Survey>().AsNoTracking().SingleOrDefaultAsync(s => s.RequestId == requestId, ct);
}
