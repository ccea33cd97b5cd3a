using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Messaging;
using Platform.Contracts.Agreements.V1;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Breach = Platform.Agreements.Domain.Breaches.Breach;

namespace Platform.Agreements.Grpc;

/// <summary>The breach ledger RPCs: breaches are determined by clause-4 rules from facts; officers handle them.</summary>
public sealed partial class AgreementsGrpcService
{
    public override async Task<ListBreachesResponse> ListBreaches(ListBreachesRequest request, ServerCallContext context)
    {
        var pageSize = PageToken.Size(request.PageSize);
        IQueryable<Breach> query = db.Breaches.AsNoTracking();
        if (request.AgreementId.Length > 0)
        {
            var agreementId = RequestFields.RequiredGuid(request.AgreementId, "agreement_id");
            query = query.Where(b => b.AgreementId == agreementId);
        }

        if (request.Status.ToDomain() is { } status)
        {
            query = query.Where(b => b.Status == status);
        }

        if (request.Severity.ToDomain() is { } severity)
        {
            query = query.Where(b => b.Severity == severity);
        }

        if (request.PageToken.Length > 0)
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(b => b.Id < after);
        }

        var fetched = await query.OrderByDescending(b => b.Id).Take(pageSize + 1).ToListAsync(context.CancellationToken);
        var (items, next) = PageToken.Page(fetched, pageSize, b => b.Id);
        return new ListBreachesResponse { Breaches = { items.Select(b => b.ToProto()) }, NextPageToken = next };
    }

    public override async Task<GetBreachResponse> GetBreach(GetBreachRequest request, ServerCallContext context) =>
        new() { Breach = (await LoadBreachAsync(request.BreachId, tracking: false, context.CancellationToken)).ToProto() };

    public override async Task<AcknowledgeBreachResponse> AcknowledgeBreach(AcknowledgeBreachRequest request, ServerCallContext context)
    {
        var breach = await ChangeBreachAsync(request.BreachId, b => b.Acknowledge(request.Version, request.AcknowledgedBy, time.GetUtcNow()), context.CancellationToken);
        return new AcknowledgeBreachResponse { Breach = breach.ToProto() };
    }

    public override async Task<ReclassifyBreachResponse> ReclassifyBreach(ReclassifyBreachRequest request, ServerCallContext context)
    {
        var breach = await ChangeBreachAsync(request.BreachId, b => b.Reclassify(request.Version, request.Reason, request.ReclassifiedBy, time.GetUtcNow()), context.CancellationToken);
        return new ReclassifyBreachResponse { Breach = breach.ToProto() };
    }

    public override async Task<MarkBreachRemediedResponse> MarkBreachRemedied(MarkBreachRemediedRequest request, ServerCallContext context)
    {
        var breach = await ChangeBreachAsync(request.BreachId, b => b.MarkRemedied(request.Version, request.RemediedBy, request.Note, time.GetUtcNow()), context.CancellationToken);
        return new MarkBreachRemediedResponse { Breach = breach.ToProto() };
    }

    private async Task<Breach> ChangeBreachAsync(string breachId, Action<Breach> change, CancellationToken ct)
    {
        var breach = await LoadBreachAsync(breachId, tracking: true, ct);
        change(breach);
        BreachIntegrationEvents.Enqueue(breach, outbox);
        await db.SaveChangesAsync(ct);
        return breach;
    }

    private async Task<Breach> LoadBreachAsync(string breachId, bool tracking, CancellationToken ct)
    {
        var id = RequestFields.RequiredGuid(breachId, "breach_id");
        var query = tracking ? db.Breaches : db.Breaches.AsNoTracking();
        return await query.SingleOrDefaultAsync(b => b.Id == id, ct) ?? throw RuleViolationException.NotFound("breach", breachId);
    }
}
