using Microsoft.EntityFrameworkCore;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Technology;
using Platform.ServiceDefaults.Requests;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Technology;

/// <summary>Lists capabilities newest first with keyset pages (<see cref="PageToken"/>).</summary>
internal static class CapabilityListing
{
    public static async Task<(IReadOnlyList<Capability> Items, string NextPageToken)> ListAsync(AssuranceDbContext db, Proto.ListCapabilitiesRequest request, CancellationToken cancellationToken)
    {
        var pageSize = PageToken.Size(request.PageSize);
        var query = db.Set<Capability>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.PromisorId))
        {
            var promisorId = request.PromisorId.Trim();
            query = query.Where(c => c.PromisorId == promisorId);
        }

        if (request.Status != Proto.CapabilityStatus.Unspecified)
        {
            var status = RequestFields.Known((CapabilityStatus)(int)request.Status, "status");
            query = query.Where(c => c.Status == status);
        }

        if (request.Kind != Proto.CapabilityKind.Unspecified)
        {
            var kind = RequestFields.Known((CapabilityKind)(int)request.Kind, "kind");
            query = query.Where(c => c.Kind == kind);
        }

        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(c => c.Id < after);
        }

        var fetched = await query.OrderByDescending(c => c.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        return PageToken.Page(fetched, pageSize, c => c.Id);
    }
}
