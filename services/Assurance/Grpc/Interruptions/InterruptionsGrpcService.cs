using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Interruptions;
using Platform.Assurance.Messaging.Interruptions;
using Platform.Contracts.Assurance.V1;
using Platform.Messaging.Outbox;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Interruption = Platform.Assurance.Domain.Interruptions.Interruption;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Interruptions;

/// <summary>gRPC adapter of service interruptions (clause 1.3): validate, call the domain, save with its events.</summary>
public sealed class InterruptionsGrpcService(AssuranceDbContext db, IOutbox outbox, TimeProvider time) : InterruptionsService.InterruptionsServiceBase
{
    private const string RequestIdIndex = "ix_interruptions_request_id";

    public override async Task<ReportInterruptionStartedResponse> ReportInterruptionStarted(ReportInterruptionStartedRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var report = new ClientRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), RequestFingerprint.Of(request));
        if (await FindByRequestIdAsync(report.Id, ct) is { } earlier)
        {
            earlier.EnsureReportedBy(report);
            return new ReportInterruptionStartedResponse { Interruption = earlier.ToProto(now) };
        }

        // Every field is checked, then the agreements, before anything is stored.
        var startedAt = RequestFields.RequiredTime(request.StartedAt, "started_at");
        var scope = InterruptionRequests.Scope(RequestFields.Required(request.Scope, "scope"), "scope");
        var interruption = Interruption.Report(
            Guid.CreateVersion7(), report, request.PromisorId, startedAt, scope, request.CausedByPromisor, request.Description, request.Actor, now);
        await InterruptionRequests.CheckAgreementsAsync(db, scope, interruption.PromisorId, ct);
        db.Set<Interruption>().Add(interruption);
        InterruptionIntegrationEvents.Enqueue(interruption, outbox);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: RequestIdIndex })
        {
            // A retry of the same request raced this one and won: answer with what it reported.
            db.ChangeTracker.Clear();
            interruption = await FindByRequestIdAsync(report.Id, ct)
                ?? throw new InvalidOperationException("Interruption report conflicted but no interruption has this request id.", ex);
            interruption.EnsureReportedBy(report);
        }

        return new ReportInterruptionStartedResponse { Interruption = interruption.ToProto(now) };
    }

    public override async Task<ReportInterruptionEndedResponse> ReportInterruptionEnded(ReportInterruptionEndedRequest request, ServerCallContext context)
    {
        var endedAt = RequestFields.RequiredTime(request.EndedAt, "ended_at");
        return new()
        {
            Interruption = await ChangeAsync(
                request.InterruptionId,
                (i, now) =>
                {
                    i.End(endedAt, request.Note, request.Actor, request.Version, now);
                    return Task.CompletedTask;
                },
                context),
        };
    }

    public override async Task<CorrectInterruptionResponse> CorrectInterruption(CorrectInterruptionRequest request, ServerCallContext context)
    {
        var correction = new CorrectionRequest(
            RequestFields.OptionalTime(request.StartedAt, "started_at"),
            RequestFields.OptionalTime(request.EndedAt, "ended_at"),
            request.HasCausedByPromisor ? request.CausedByPromisor : null,
            request.Scope is null ? null : InterruptionRequests.Scope(request.Scope, "scope"));
        return new()
        {
            Interruption = await ChangeAsync(
                request.InterruptionId,
                async (i, now) =>
                {
                    i.Correct(correction, request.Reason, request.Actor, request.Version, now);
                    if (correction.Scope is { } scope)
                    {
                        await InterruptionRequests.CheckAgreementsAsync(db, scope, i.PromisorId, context.CancellationToken);
                    }
                },
                context),
        };
    }

    public override async Task<GetInterruptionResponse> GetInterruption(GetInterruptionRequest request, ServerCallContext context) =>
        new() { Interruption = (await LoadAsync(request.InterruptionId, tracking: false, context.CancellationToken)).ToProto(time.GetUtcNow()) };

    public override async Task<ListInterruptionsResponse> ListInterruptions(ListInterruptionsRequest request, ServerCallContext context)
    {
        var (items, next) = await InterruptionListing.ListAsync(db, request, context.CancellationToken);
        var now = time.GetUtcNow();
        return new ListInterruptionsResponse { Interruptions = { items.Select(i => i.ToProto(now)) }, NextPageToken = next };
    }

    /// <summary>Loads, applies one domain change, records its events and saves both in one transaction; a refused change stores nothing.</summary>
    private async Task<Proto.Interruption> ChangeAsync(string interruptionId, Func<Interruption, DateTimeOffset, Task> change, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var interruption = await LoadAsync(interruptionId, tracking: true, ct);
        var now = time.GetUtcNow();
        await change(interruption, now);
        InterruptionIntegrationEvents.Enqueue(interruption, outbox);
        await db.SaveChangesAsync(ct);
        return interruption.ToProto(now);
    }

    private Task<Interruption?> FindByRequestIdAsync(Guid requestId, CancellationToken ct) =>
        db.Set<Interruption>().AsNoTracking().SingleOrDefaultAsync(i => i.RequestId == requestId, ct);

    private async Task<Interruption> LoadAsync(string interruptionId, bool tracking, CancellationToken ct)
    {
        var id = RequestFields.RequiredGuid(interruptionId, "interruption_id");
        var query = tracking ? db.Set<Interruption>() : db.Set<Interruption>().AsNoTracking();
        return await query.SingleOrDefaultAsync(i => i.Id == id, ct)
            ?? throw RuleViolationException.NotFound("interruption", interruptionId);
    }
}
