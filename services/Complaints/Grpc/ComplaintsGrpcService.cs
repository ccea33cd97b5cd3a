using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.AgreementReplica.Grpc;
using Platform.Complaints.Data;
using Platform.Complaints.Intake;
using Platform.Complaints.Messaging;
using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Security;
using Platform.Messaging.Outbox;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Requests;
using Platform.ServiceDefaults.Security;
using Platform.SharedKernel;
using Complaint = Platform.Complaints.Domain.Complaint;

namespace Platform.Complaints.Grpc;

/// <summary>gRPC adapter of the Complaints context: validate, call the domain, save with its events and deadlines.</summary>
public sealed partial class ComplaintsGrpcService(
    ComplaintsDbContext db,
    IOutbox outbox,
    ComplaintDeadlines deadlines,
    ComplaintFiler filer,
    ComplaintIntake intake,
    ContactProtector contacts,
    ResolutionStatsReader stats,
    IAuditTrail audit,
    AuditScope auditScope,
    TimeProvider time) : ComplaintsService.ComplaintsServiceBase
{
    public override async Task<GetAgreementEligibilityResponse> GetAgreementEligibility(GetAgreementEligibilityRequest request, ServerCallContext context) =>
        new() { Eligibility = await db.GetAgreementEligibilityAsync(request.AgreementId, time.GetUtcNow(), context.CancellationToken) };

    public override async Task<FileComplaintResponse> FileComplaint(FileComplaintRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var fileRequest = new ClientRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), Fingerprint(request));
        Complaint complaint;
        try
        {
            var filing = NewFiling.Parse(request, fileRequest, now);
            complaint = await intake.FileAsync(filing, id => auditScope.RecordFor(id.ToString(), now), ct) is { } filedTogether
                ? RecordedElsewhere(filedTogether)
                : await FileAloneAsync(filing, ct);
        }
        catch (RuleViolationException)
        {
            // A retry of a request filed before gets what was filed, even when it could not be filed now (say the
            // agreement was suspended since). Looked up only here: a first try, the usual case, costs no query.
            var earlier = await FindByRequestIdAsync(fileRequest.Id, ct);
            if (earlier is null)
            {
                throw;
            }

            complaint = earlier;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_complaints_request_id" })
        {
            // A retry of a request filed before (or racing this one): answer with what was filed.
            db.ChangeTracker.Clear();
            complaint = await FindByRequestIdAsync(fileRequest.Id, ct)
                ?? throw new InvalidOperationException("Complaint filing conflicted but no complaint has this request id.", ex);
        }

        complaint.EnsureFiledBy(fileRequest);
        return new FileComplaintResponse { Complaint = Show(complaint, now, reveal: false) };
    }

    /// <summary>Files in the call's own transaction: what a batch of the intake hands back (see <see cref="ComplaintIntake"/>).</summary>
    private async Task<Complaint> FileAloneAsync(NewFiling filing, CancellationToken ct)
    {
        var complaint = await filer.AddAsync(filing, ct);
        await filer.SaveAsync(ct);
        return complaint;
    }

    private Complaint RecordedElsewhere(Complaint complaint)
    {
        auditScope.RecordedElsewhere(complaint.Id.ToString());
        return complaint;
    }

    public override async Task<GetComplaintResponse> GetComplaint(GetComplaintRequest request, ServerCallContext context)
    {
        RequirePiiRead(request.RevealContact, context);
        var complaint = await LoadAsync(request.ComplaintId, tracking: false, context.CancellationToken);
        await AuditRevealedAsync(request.RevealContact, [complaint], context);
        return new GetComplaintResponse { Complaint = Show(complaint, time.GetUtcNow(), request.RevealContact) };
    }

    public override async Task<ListComplaintsResponse> ListComplaints(ListComplaintsRequest request, ServerCallContext context)
    {
        RequirePiiRead(request.RevealContact, context);
        // One instant for the filter and the items shown, so a listed complaint shows as overdue.
        var now = time.GetUtcNow();
        var (items, next) = await ComplaintListing.ListAsync(db, request, now, context.CancellationToken);
        await AuditRevealedAsync(request.RevealContact, items, context);
        return new ListComplaintsResponse
        {
            Complaints = { items.Select(c => Show(c, now, request.RevealContact)) },
            NextPageToken = next,
        };
    }

    public override async Task<GetComplaintHistoryResponse> GetComplaintHistory(GetComplaintHistoryRequest request, ServerCallContext context)
    {
        var complaint = await LoadAsync(request.ComplaintId, tracking: false, context.CancellationToken);
        return new GetComplaintHistoryResponse { Entries = { complaint.History.Select(h => h.ToProto()) } };
    }

    public override async Task<GetResolutionStatsResponse> GetResolutionStats(GetResolutionStatsRequest request, ServerCallContext context)
    {
        var agreementId = RequestFields.RequiredGuid(request.AgreementId, "agreement_id");
        var now = time.GetUtcNow();
        var measured = await stats.MeasureAsync(agreementId, RequestFields.OptionalTime(request.At, "at") ?? now, now, context.CancellationToken);
        return measured.ToProto(agreementId);
    }

    /// <summary>The fingerprint of a file request leaves the contact out: no hash of personal data is kept.</summary>
    private static string Fingerprint(FileComplaintRequest request)
    {
        var content = request.Clone();
        content.Contact = null;
        return RequestFingerprint.Of(content);
    }

    /// <summary>Customer contact details unmasked are for callers with <see cref="PlatformRoles.PiiRead"/> only (part 2, clause 2.2(5)).</summary>
    private static void RequirePiiRead(bool reveal, ServerCallContext context)
    {
        if (reveal)
        {
            context.Require(PlatformRoles.PiiRead, "reveal_contact");
        }
    }

    /// <summary>Every unmasked read of contact details leaves a record, one per complaint shown, before the answer goes out.</summary>
    private Task AuditRevealedAsync(bool reveal, IEnumerable<Complaint> shown, ServerCallContext context) =>
        reveal
            ? audit.RecordPersonalDataReadAsync(context.Caller(), context.Method, shown.Select(c => c.Id.ToString()), context.CancellationToken)
            : Task.CompletedTask;

    private Platform.Contracts.Complaints.V1.Complaint Show(Complaint complaint, DateTimeOffset now, bool reveal) =>
        complaint.ToProto(now, contacts.Open(complaint.Id, complaint.Contact), masked: !reveal);

    private Task<Complaint?> FindByRequestIdAsync(Guid requestId, CancellationToken ct) =>
        db.Complaints.AsNoTracking().SingleOrDefaultAsync(c => c.RequestId == requestId, ct);

    private async Task<Complaint> LoadAsync(string complaintId, bool tracking, CancellationToken ct)
    {
        var id = RequestFields.RequiredGuid(complaintId, "complaint_id");
        var complaint = tracking
            ? await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, ct)
            : await s_findUntracked(db, id, ct);
        return complaint ?? throw RuleViolationException.NotFound("complaint", complaintId);
    }

    // The read of GetComplaint, the hottest query: compiled once instead of looked up in EF's query cache per call.
    private static readonly Func<ComplaintsDbContext, Guid, CancellationToken, Task<Complaint?>> s_findUntracked =
        EF.CompileAsyncQuery((ComplaintsDbContext context, Guid id, CancellationToken _) => context.Complaints.AsNoTracking().SingleOrDefault(c => c.Id == id));
}
