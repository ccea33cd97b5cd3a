using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Surveys;
using Platform.Assurance.Messaging.Surveys;
using Platform.Contracts.Assurance.V1;
using Platform.Messaging.Outbox;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Rectification = Platform.Assurance.Domain.Surveys.Rectification;

namespace Platform.Assurance.Grpc.Surveys;

/// <summary>gRPC adapter of third-party surveys and rectification: validate, call the domain, save with its events and deadlines.</summary>
public sealed partial class SurveysGrpcService(AssuranceDbContext db, IOutbox outbox, RectificationDeadlines deadlines, TimeProvider time)
    : SurveysService.SurveysServiceBase
{
    public override async Task<RegisterEvaluatorResponse> RegisterEvaluator(RegisterEvaluatorRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var clientRequest = new ClientRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), RequestFingerprint.Of(request));
        if (await FindEvaluatorByRequestAsync(clientRequest.Id, ct) is { } earlier)
        {
            earlier.EnsureRegisteredBy(clientRequest);
            return new RegisterEvaluatorResponse { Evaluator = earlier.ToProto() };
        }

        var evaluator = Evaluator.Register(
            Guid.CreateVersion7(),
            clientRequest,
            request.PromisorId,
            request.Name,
            request.Accreditation,
            request.IndependenceDeclaration,
            RequestFields.OptionalTime(request.IndependenceDeclaredAt, "independence_declared_at"),
            request.Actor,
            time.GetUtcNow());
        db.Add(evaluator);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex, "ix_survey_evaluators_request_id"))
        {
            // A retry of the same request raced this one and won: answer with what it registered.
            db.ChangeTracker.Clear();
            evaluator = await FindEvaluatorByRequestAsync(clientRequest.Id, ct) ?? throw new InvalidOperationException("Evaluator conflicted but none has this request id.", ex);
            evaluator.EnsureRegisteredBy(clientRequest);
        }

        return new RegisterEvaluatorResponse { Evaluator = evaluator.ToProto() };
    }

    public override async Task<GetEvaluatorResponse> GetEvaluator(GetEvaluatorRequest request, ServerCallContext context)
    {
        var id = RequestFields.RequiredGuid(request.EvaluatorId, "evaluator_id");
        var evaluator = await FindEvaluatorAsync(id, context.CancellationToken) ?? throw RuleViolationException.NotFound("evaluator", request.EvaluatorId);
        return new GetEvaluatorResponse { Evaluator = evaluator.ToProto() };
    }

    public override async Task<ListEvaluatorsResponse> ListEvaluators(ListEvaluatorsRequest request, ServerCallContext context)
    {
        var (items, next) = await SurveyListing.EvaluatorsAsync(db, request, context.CancellationToken);
        return new ListEvaluatorsResponse { Evaluators = { items.Select(e => e.ToProto()) }, NextPageToken = next };
    }

    public override async Task<GetRectificationResponse> GetRectification(GetRectificationRequest request, ServerCallContext context)
    {
        var rectification = await LoadRectificationAsync(request.RectificationId, tracking: false, context.CancellationToken);
        return new GetRectificationResponse { Rectification = rectification.ToProto(time.GetUtcNow()) };
    }

    public override async Task<ListRectificationsResponse> ListRectifications(ListRectificationsRequest request, ServerCallContext context)
    {
        var now = time.GetUtcNow();
        var (items, next) = await SurveyListing.RectificationsAsync(db, request, now, context.CancellationToken);
        return new ListRectificationsResponse { Rectifications = { items.Select(r => r.ToProto(now)) }, NextPageToken = next };
    }

    public override async Task<CompleteRectificationResponse> CompleteRectification(CompleteRectificationRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var rectification = await LoadRectificationAsync(request.RectificationId, tracking: true, ct);
        var now = time.GetUtcNow();
        rectification.Complete(request.Actor, request.Evidence, request.EvidenceDocumentRef, request.Version, now);
        SurveyIntegrationEvents.Enqueue(rectification, outbox);
        await deadlines.SyncAsync(rectification, ct);
        await db.SaveChangesAsync(ct);
        return new CompleteRectificationResponse { Rectification = rectification.ToProto(now) };
    }

    private static bool IsUniqueViolation(DbUpdateException ex, string constraint) =>
        ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres && postgres.ConstraintName == constraint;

    private Task<Evaluator?> FindEvaluatorAsync(Guid id, CancellationToken ct) =>
        db.Set<Evaluator>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);

    private Task<Evaluator?> FindEvaluatorByRequestAsync(Guid requestId, CancellationToken ct) =>
        db.Set<Evaluator>().AsNoTracking().SingleOrDefaultAsync(e => e.RequestId == requestId, ct);

    private async Task<Rectification> LoadRectificationAsync(string rectificationId, bool tracking, CancellationToken ct)
    {
        var id = RequestFields.RequiredGuid(rectificationId, "rectification_id");
        var query = tracking ? db.Set<Rectification>() : db.Set<Rectification>().AsNoTracking();
        return await query.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw RuleViolationException.NotFound("rectification", rectificationId);
    }

    private Task<Rectification?> FindRectificationAsync(Guid? id, CancellationToken ct) =>
        id is { } rectificationId ? db.Set<Rectification>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == rectificationId, ct) : Task.FromResult<Rectification?>(null);
}
