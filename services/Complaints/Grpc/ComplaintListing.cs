using Microsoft.EntityFrameworkCore;
using Platform.Complaints.Data;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Complaint = Platform.Complaints.Domain.Complaint;
using ComplaintSeverity = Platform.Complaints.Domain.ComplaintSeverity;
using ComplaintStatus = Platform.Complaints.Domain.ComplaintStatus;
using Proto = Platform.Contracts.Complaints.V1;

namespace Platform.Complaints.Grpc;

/// <summary>Lists complaints newest first with keyset pages (<see cref="PageToken"/>).</summary>
internal static class ComplaintListing
{
    public static async Task<(IReadOnlyList<Complaint> Items, string NextPageToken)> ListAsync(
        ComplaintsDbContext db, Proto.ListComplaintsRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pageSize = PageToken.Size(request.PageSize);
        var query = db.Complaints.AsNoTracking();
        if (!string.IsNullOrEmpty(request.AgreementId))
        {
            var agreementId = RequestFields.RequiredGuid(request.AgreementId, "agreement_id");
            query = query.Where(c => c.AgreementId == agreementId);
        }

        if (RequestFields.Known(request.Status, "status") != Proto.ComplaintStatus.Unspecified)
        {
            var status = (ComplaintStatus)(int)request.Status;
            query = query.Where(c => c.Status == status);
        }

        if (RequestFields.Known(request.Severity, "severity") != Proto.ComplaintSeverity.Unspecified)
        {
            var severity = (ComplaintSeverity)(int)request.Severity;
            query = query.Where(c => c.Severity == severity);
        }

        if (request.AtRiskOnly)
        {
            return await AtRiskAsync(query, request, pageSize, cancellationToken);
        }

        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(c => c.Id < after);
        }

        if (request.OverdueOnly)
        {
            // Complaint.IsOverdueAt: a missed clock, or a running one past due that no check has marked yet. As one
            // OR the two match through different indexes and every match is sorted; as two disjoint pages merged,
            // each reads no more than a page from its own index (ix_complaints_agreement_id_id_overdue, ix_complaints_overdue, next_due_at).
            var marked = FirstPage(query.Where(c => c.Overdue), pageSize);
            var unmarked = FirstPage(query.Where(c => !c.Overdue && c.NextDueAt <= now), pageSize);
            query = marked.Concat(unmarked);
        }

        var fetched = await FirstPage(query, pageSize).ToListAsync(cancellationToken);
        return PageToken.Page(fetched, pageSize, c => c.Id);
    }

    /// <summary>The complaints that need a handler, most urgent first (ix_complaints_at_risk, ix_complaints_agreement_id_at_risk).</summary>
    private static async Task<(IReadOnlyList<Complaint> Items, string NextPageToken)> AtRiskAsync(
        IQueryable<Complaint> query, Proto.ListComplaintsRequest request, int pageSize, CancellationToken cancellationToken)
    {
        if (request.OverdueOnly)
        {
            throw RuleViolationException.Invalid("at_risk_only", "at_risk_only cannot be combined with overdue_only; the complaints at risk include the overdue ones.");
        }

        query = query.Where(c => c.AtRiskDueAt != null);
        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var (at, id) = PageToken.DecodePosition(request.PageToken);
            query = query.Where(c => c.AtRiskDueAt > at || (c.AtRiskDueAt == at && c.Id > id));
        }

        var fetched = await query.OrderBy(c => c.AtRiskDueAt).ThenBy(c => c.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        return PageToken.Page(fetched, pageSize, last => PageToken.Encode(last.AtRiskDueAt!.Value, last.Id));
    }

    /// <summary>Newest first, one more than a page (so the caller knows whether another page follows).</summary>
    private static IQueryable<Complaint> FirstPage(IQueryable<Complaint> query, int pageSize) =>
        query.OrderByDescending(c => c.Id).Take(pageSize + 1);
}
