using Microsoft.EntityFrameworkCore;
using Platform.Disputes.Data;
using Platform.Disputes.Domain;
using Platform.ServiceDefaults.Requests;
using Proto = Platform.Contracts.Disputes.V1;

namespace Platform.Disputes.Grpc;

/// <summary>Lists cases newest first with keyset pages (<see cref="PageToken"/>).</summary>
internal static class DisputeListing
{
    public static async Task<(IReadOnlyList<Dispute> Items, string NextPageToken)> ListAsync(DisputesDbContext db, Proto.ListDisputesRequest request, CancellationToken cancellationToken)
    {
        var pageSize = PageToken.Size(request.PageSize);
        var query = db.Set<Dispute>().AsNoTracking();
        if (RequestFields.Known(request.Stage, "stage") != Proto.DisputeStage.Unspecified)
        {
            var stage = (DisputeStage)(int)request.Stage;
            query = query.Where(d => d.Stage == stage);
        }

        if (RequestFields.Known(request.Status, "status") != Proto.DisputeStatus.Unspecified)
        {
            var status = (DisputeStatus)(int)request.Status;
            query = query.Where(d => d.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(request.Officer))
        {
            var officer = request.Officer.Trim();
            query = query.Where(d => d.AssignedOfficer == officer);
        }

        if (!string.IsNullOrEmpty(request.AgreementId))
        {
            var agreementId = RequestFields.RequiredGuid(request.AgreementId, "agreement_id");
            query = query.Where(d => d.AgreementId == agreementId);
        }

        if (RequestFields.OptionalTime(request.NegotiationDeadlineBefore, "negotiation_deadline_before") is { } before)
        {
            query = query.Where(d => d.NegotiationState == NegotiationState.Open && d.NegotiationDeadline < before);
        }

        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(d => d.Id < after);
        }

        var fetched = await query.OrderByDescending(d => d.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        return PageToken.Page(fetched, pageSize, d => d.Id);
    }
}
