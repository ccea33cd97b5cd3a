using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Inspections;
using Platform.Assurance.Messaging.Inspections;
using Platform.Contracts.Assurance.V1;
using Platform.Messaging.Outbox;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Finding = Platform.Assurance.Domain.Inspections.Finding;
using FindingClass = Platform.Assurance.Domain.Inspections.FindingClass;
using Inspection = Platform.Assurance.Domain.Inspections.Inspection;
using InspectionKind = Platform.Assurance.Domain.Inspections.InspectionKind;

namespace Platform.Assurance.Grpc.Inspections;

/// <summary>gRPC adapter of conduct inspections: validate, call the domain, save with its events and deadlines.</summary>
public sealed partial class InspectionsGrpcService(AssuranceDbContext db, IOutbox outbox, CorrectiveActionDeadlines deadlines, TimeProvider time)
    : InspectionsService.InspectionsServiceBase
{
    public override async Task<RecordInspectionResponse> RecordInspection(RecordInspectionRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var clientRequest = new ClientRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), RequestFingerprint.Of(request));
        if (await FindInspectionByRequestAsync(clientRequest.Id, ct) is { } earlier)
        {
            earlier.EnsureRecordedBy(clientRequest);
            return await RecordedAsync(earlier, now, ct);
        }

        // Everything is checked before anything is stored.
        var inspection = Inspection.Record(
            Guid.CreateVersion7(),
            clientRequest,
            request.PromisorId,
            (InspectionKind)(int)request.Kind,
            request.Department,
            request.Inspector,
            RequestFields.OptionalTime(request.InspectedAt, "inspected_at"),
            request.Notes,
            request.Actor,
            now);
        if (request.Findings.Count > Inspection.MaxFindingsAtOnce)
        {
            throw RuleViolationException.Invalid("findings", $"findings has {request.Findings.Count} entries; record at most {Inspection.MaxFindingsAtOnce} at once and add the rest with AddFinding.");
        }

        var drafts = request.Findings.Select((f, i) => FindingDraft.Of((FindingClass)(int)f.Class, f.Description, $"findings[{i}]")).ToList();
        // Ids made in the same millisecond are not ordered by themselves: sorted, they keep the findings in the order given.
        var ids = drafts.Select(_ => Guid.CreateVersion7()).Order().ToList();
        var findings = drafts.Select((draft, i) => Finding.Record(ids[i], null, inspection, draft, request.Actor, now)).ToList();
        db.Add(inspection);
        foreach (var finding in findings)
        {
            db.Add(finding);
            InspectionIntegrationEvents.Enqueue(finding, outbox);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex, "ix_inspections_request_id"))
        {
            // A retry of the same request raced this one and won: answer with what it recorded.
            db.ChangeTracker.Clear();
            inspection = await FindInspectionByRequestAsync(clientRequest.Id, ct) ?? throw new InvalidOperationException("Inspection conflicted but none has this request id.", ex);
            inspection.EnsureRecordedBy(clientRequest);
            return await RecordedAsync(inspection, now, ct);
        }

        return new RecordInspectionResponse { Inspection = inspection.ToProto(), Findings = { findings.Select(f => f.ToProto(now)) } };
    }

    public override async Task<GetInspectionResponse> GetInspection(GetInspectionRequest request, ServerCallContext context)
    {
        var inspection = await LoadInspectionAsync(request.InspectionId, context.CancellationToken);
        var recorded = await RecordedAsync(inspection, time.GetUtcNow(), context.CancellationToken);
        return new GetInspectionResponse { Inspection = recorded.Inspection, Findings = { recorded.Findings } };
    }

    public override async Task<ListInspectionsResponse> ListInspections(ListInspectionsRequest request, ServerCallContext context)
    {
        var (items, next) = await InspectionListing.InspectionsAsync(db, request, context.CancellationToken);
        return new ListInspectionsResponse { Inspections = { items.Select(i => i.ToProto()) }, NextPageToken = next };
    }

    public override async Task<AddFindingResponse> AddFinding(AddFindingRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var clientRequest = new ClientRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), RequestFingerprint.Of(request));
        if (await FindFindingByRequestAsync(clientRequest.Id, ct) is { } earlier)
        {
            earlier.EnsureAddedBy(clientRequest);
            return new AddFindingResponse { Finding = earlier.ToProto(now) };
        }

        var inspectionId = RequestFields.RequiredGuid(request.InspectionId, "inspection_id");
        var input = RequestFields.Required(request.Finding, "finding");
        var draft = FindingDraft.Of((FindingClass)(int)input.Class, input.Description, "finding");
        InspectionText.Required(request.Actor, "actor", InspectionText.MaxShortText);
        var inspection = await db.Set<Inspection>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == inspectionId, ct)
            ?? throw RuleViolationException.NotFound("inspection", request.InspectionId);
        var finding = Finding.Record(Guid.CreateVersion7(), clientRequest, inspection, draft, request.Actor, now);
        db.Add(finding);
        InspectionIntegrationEvents.Enqueue(finding, outbox);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex, "ix_inspection_findings_request_id"))
        {
            db.ChangeTracker.Clear();
            finding = await FindFindingByRequestAsync(clientRequest.Id, ct) ?? throw new InvalidOperationException("Finding conflicted but none has this request id.", ex);
            finding.EnsureAddedBy(clientRequest);
        }

        return new AddFindingResponse { Finding = finding.ToProto(now) };
    }

    public override async Task<GetFindingResponse> GetFinding(GetFindingRequest request, ServerCallContext context)
    {
        var finding = await LoadFindingAsync(request.FindingId, tracking: false, context.CancellationToken);
        return new GetFindingResponse { Finding = finding.ToProto(time.GetUtcNow()) };
    }

    public override async Task<ListFindingsResponse> ListFindings(ListFindingsRequest request, ServerCallContext context)
    {
        var (items, next) = await InspectionListing.FindingsAsync(db, request, context.CancellationToken);
        var now = time.GetUtcNow();
        return new ListFindingsResponse { Findings = { items.Select(f => f.ToProto(now)) }, NextPageToken = next };
    }

    private async Task<RecordInspectionResponse> RecordedAsync(Inspection inspection, DateTimeOffset now, CancellationToken ct)
    {
        var findings = await db.Set<Finding>().AsNoTracking().Where(f => f.InspectionId == inspection.Id).OrderBy(f => f.Id).ToListAsync(ct);
        return new RecordInspectionResponse { Inspection = inspection.ToProto(), Findings = { findings.Select(f => f.ToProto(now)) } };
    }

    private static bool IsUniqueViolation(DbUpdateException ex, string constraint) =>
        ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres && postgres.ConstraintName == constraint;

    private Task<Inspection?> FindInspectionByRequestAsync(Guid requestId, CancellationToken ct) =>
        db.Set<Inspection>().AsNoTracking().SingleOrDefaultAsync(i => i.RequestId == requestId, ct);

    private Task<Finding?> FindFindingByRequestAsync(Guid requestId, CancellationToken ct) =>
        db.Set<Finding>().AsNoTracking().SingleOrDefaultAsync(f => f.RequestId == requestId, ct);

    private async Task<Inspection> LoadInspectionAsync(string inspectionId, CancellationToken ct)
    {
        var id = RequestFields.RequiredGuid(inspectionId, "inspection_id");
        return await db.Set<Inspection>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw RuleViolationException.NotFound("inspection", inspectionId);
    }

    private async Task<Finding> LoadFindingAsync(string findingId, bool tracking, CancellationToken ct)
    {
        var id = RequestFields.RequiredGuid(findingId, "finding_id");
        var query = tracking ? db.Set<Finding>() : db.Set<Finding>().AsNoTracking();
        return await query.SingleOrDefaultAsync(f => f.Id == id, ct) ?? throw RuleViolationException.NotFound("finding", findingId);
    }
}
