using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.AgreementReplica.Grpc;
using Platform.Contracts.Disputes.V1;
using Platform.Disputes.Data;
using Platform.Disputes.Domain;
using Platform.Disputes.Domain.Breaches;
using Platform.Disputes.Domain.Complaints;
using Platform.Disputes.Messaging;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Dispute = Platform.Disputes.Domain.Dispute;
using DisputeStatus = Platform.Disputes.Domain.DisputeStatus;
using DisputeTerms = Platform.Disputes.Domain.DisputeTerms;

namespace Platform.Disputes.Grpc;

/// <summary>gRPC adapter of the Disputes context: validate, call the domain, save with its events and deadlines.</summary>
public sealed partial class DisputesGrpcService(DisputesDbContext db, AgreementDirectory directory, IOutbox outbox, IDeadlines deadlines, TimeProvider time) : DisputesService.DisputesServiceBase
{
    public override async Task<GetAgreementEligibilityResponse> GetAgreementEligibility(GetAgreementEligibilityRequest request, ServerCallContext context) =>
        new() { Eligibility = await db.GetAgreementEligibilityAsync(request.AgreementId, time.GetUtcNow(), context.CancellationToken) };

    public override async Task<OpenDisputeResponse> OpenDispute(OpenDisputeRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var open = new ClientRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), RequestFingerprint.Of(request));
        if (await FindByRequestIdAsync(open.Id, ct) is { } earlier)
        {
            earlier.EnsureOpenedBy(open);
            return new OpenDisputeResponse { Dispute = earlier.ToProto(now) };
        }

        // Everything is checked before anything is stored.
        var agreementId = RequestFields.RequiredGuid(request.AgreementId, "agreement_id");
        var details = DisputeDetails.Of(
            DisputeMapping.ToDomain(request.Claimant, "claimant"),
            DisputeMapping.ToDomain(request.Respondent, "respondent"),
            request.Subject,
            [.. request.Claims.Select(DisputeMapping.ToDomain)],
            request.BreachIds.Select(id => RequestFields.RequiredGuid(id, "breach_ids")),
            request.ComplaintIds.Select(id => RequestFields.RequiredGuid(id, "complaint_ids")));
        var known = await directory.FindAsync(agreementId, ct);
        if (!known.AcceptsWork)
        {
            throw RuleViolationException.Precondition(
                "dispute.agreement_not_active", "agreement_id", $"Agreement {known.Number} is {known.Status.ToString().ToLowerInvariant()}; a dispute is opened only under an active agreement.");
        }

        // Negotiation follows the terms in force when it began, as a complaint's clocks follow those at receipt.
        var startedAt = RequestFields.OptionalTime(request.NegotiationStartedAt, "negotiation_started_at") ?? now;
        var terms = known.TermsAt(startedAt)
            ?? throw RuleViolationException.Precondition(
                "dispute.no_terms", request.NegotiationStartedAt is null ? "agreement_id" : "negotiation_started_at",
                $"Agreement {known.Number} has no terms in force at {DisputeText.Instant(startedAt)} as far as this service knows.");
        await RequireBreachesOfAsync(agreementId, details.BreachIds, ct);
        await RequireComplaintsOfAsync(agreementId, details.ComplaintIds, ct);

        var dispute = Dispute.Open(
            Guid.CreateVersion7(),
            agreementId,
            open,
            details,
            new DisputeTerms(terms.Terms.NegotiationMaxDays, terms.Terms.ArbitrationCommission, terms.Terms.LitigationVenue, terms.Version),
            request.Actor,
            startedAt,
            now);
        db.Set<Dispute>().Add(dispute);
        db.Set<BreachHold>().AddRange(details.BreachIds.Select(breachId => new BreachHold(breachId, dispute.Id)));
        DisputeIntegrationEvents.Enqueue(dispute, outbox);
        await deadlines.ScheduleAsync(NegotiationDeadlineHandler.DeadlineKind, dispute.Id.ToString(), dispute.NegotiationDeadline, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_disputes_request_id" })
        {
            // A retry of the same request raced this one and won: answer with what it opened.
            db.ChangeTracker.Clear();
            dispute = await FindByRequestIdAsync(open.Id, ct)
                ?? throw new InvalidOperationException("Opening a dispute conflicted but no dispute has this request id.", ex);
            dispute.EnsureOpenedBy(open);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: BreachHoldConfiguration.PrimaryKey })
        {
            // Another case on one of the breaches was opened at the same moment and saved first.
            db.ChangeTracker.Clear();
            var held = await db.Set<BreachHold>().AsNoTracking().Where(h => details.BreachIds.Contains(h.BreachId)).FirstAsync(ct);
            throw RuleViolationException.Precondition(
                "dispute.breach_disputed", "breach_ids", $"Breach {held.BreachId} is already disputed in case {held.DisputeId}; a breach is disputed in one case at a time.");
        }

        return new OpenDisputeResponse { Dispute = dispute.ToProto(now) };
    }

    public override async Task<GetDisputeResponse> GetDispute(GetDisputeRequest request, ServerCallContext context) =>
        new() { Dispute = (await LoadAsync(request.DisputeId, tracking: false, context.CancellationToken)).ToProto(time.GetUtcNow()) };

    public override async Task<ListDisputesResponse> ListDisputes(ListDisputesRequest request, ServerCallContext context)
    {
        var (items, next) = await DisputeListing.ListAsync(db, request, context.CancellationToken);
        var now = time.GetUtcNow();
        return new ListDisputesResponse { Disputes = { items.Select(d => d.ToProto(now)) }, NextPageToken = next };
    }

    public override async Task<GetTimelineResponse> GetTimeline(GetTimelineRequest request, ServerCallContext context) =>
        new() { Entries = { (await LoadAsync(request.DisputeId, tracking: false, context.CancellationToken)).Timeline.Select(e => e.ToProto()) } };

    /// <summary>A document of one of the case's submissions, with its bytes as they were received.</summary>
    public override async Task<GetDocumentResponse> GetDocument(GetDocumentRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var dispute = await LoadAsync(request.DisputeId, tracking: false, ct);
        var documentId = RequestFields.RequiredGuid(request.DocumentId, "document_id");
        var document = dispute.Submissions.Select(s => s.Document).FirstOrDefault(d => d?.Id == documentId)
            ?? throw RuleViolationException.NotFound("document", request.DocumentId);
        var content = await db.Set<DocumentContent>().AsNoTracking().Where(c => c.Id == documentId && c.DisputeId == dispute.Id).Select(c => c.Content).SingleAsync(ct);
        return new GetDocumentResponse { Document = document.ToProto(), Content = ByteString.CopyFrom(content) };
    }

    /// <summary>
    /// Linked breaches must be breaches of this agreement that this service has heard of, and open to a case:
    /// not held by another case of this service, and not disputed, settled or remedied as Agreements reported.
    /// </summary>
    private async Task RequireBreachesOfAsync(Guid agreementId, IReadOnlyList<Guid> breachIds, CancellationToken ct)
    {
        if (breachIds.Count == 0)
        {
            return;
        }

        var known = await db.Set<KnownBreach>().AsNoTracking()
            .Where(b => breachIds.Contains(b.BreachId) && b.AgreementId == agreementId)
            .ToDictionaryAsync(b => b.BreachId, ct);
        var unknown = breachIds.Where(id => !known.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            throw RuleViolationException.Precondition(
                "dispute.breach_unknown", "breach_ids", $"Breach {unknown[0]} is not a breach of agreement {agreementId} known here (or its determination has not arrived yet).");
        }

        // The cases here that hold any of the breaches: open, or ended with an outcome that settles them.
        var linked = breachIds.Select(id => id.ToString()).ToArray();
        var linking = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM disputes WHERE agreement_id = {agreementId} AND jsonb_exists_any(breach_ids, {linked})")
            .ToListAsync(ct);
        var holding = await db.Set<Dispute>().AsNoTracking()
            .Where(d => linking.Contains(d.Id) && d.Status != DisputeStatus.Withdrawn)
            .ToListAsync(ct);
        foreach (var breachId in breachIds)
        {
            var cases = holding.Where(d => d.BreachIds.Contains(breachId)).ToList();
            known[breachId].EnsureDisputable(cases.FirstOrDefault(d => !d.IsClosed) ?? cases.FirstOrDefault());
        }
    }

    /// <summary>Linked complaints must be complaints filed under this agreement that this service has heard of.</summary>
    private async Task RequireComplaintsOfAsync(Guid agreementId, IReadOnlyList<Guid> complaintIds, CancellationToken ct)
    {
        if (complaintIds.Count == 0)
        {
            return;
        }

        var known = await db.Set<KnownComplaint>().AsNoTracking()
            .Where(c => complaintIds.Contains(c.ComplaintId) && c.AgreementId == agreementId)
            .Select(c => c.ComplaintId)
            .ToListAsync(ct);
        if (complaintIds.Except(known).FirstOrDefault() is var missing && missing != Guid.Empty)
        {
            throw RuleViolationException.Precondition(
                "dispute.complaint_unknown", "complaint_ids", $"Complaint {missing} is not a complaint filed under agreement {agreementId} known here (or its filing has not arrived yet).");
        }
    }

    private Task<Dispute?> FindByRequestIdAsync(Guid requestId, CancellationToken ct) =>
        db.Set<Dispute>().AsNoTracking().SingleOrDefaultAsync(d => d.RequestId == requestId, ct);

    private async Task<Dispute> LoadAsync(string disputeId, bool tracking, CancellationToken ct)
    {
        var id = RequestFields.RequiredGuid(disputeId, "dispute_id");
        var query = tracking ? db.Set<Dispute>() : db.Set<Dispute>().AsNoTracking();
        return await query.SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw RuleViolationException.NotFound("dispute", disputeId);
    }
}
