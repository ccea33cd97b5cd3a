using Microsoft.EntityFrameworkCore;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Funding;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Funding;

/// <summary>Lists a promisor's fund entries newest first with keyset pages (<see cref="PageToken"/>).</summary>
internal static class FundEntryListing
{
    public static async Task<(IReadOnlyList<FundEntry> Items, string NextPageToken)> ListAsync(AssuranceDbContext db, Proto.ListFundEntriesRequest request, CancellationToken cancellationToken)
    {
        var promisorId = FundingText.PromisorId(request.PromisorId);
        var pageSize = PageToken.Size(request.PageSize);
        var query = db.Set<FundEntry>().AsNoTracking().Where(e => e.PromisorId == promisorId);
        if (request.Year != 0)
        {
            var year = FundingYear.Valid(request.Year);
            query = query.Where(e => e.Year == year);
        }

        if (request.Kind != Proto.FundEntryKind.Unspecified)
        {
            var kind = (FundEntryKind)(int)request.Kind;
            query = Enum.IsDefined(kind) ? query.Where(e => e.Kind == kind) : throw RuleViolationException.Invalid("kind", "kind must be ALLOCATION or SPENDING when set.");
        }

        if (request.Purpose != Proto.FundingPurpose.Unspecified)
        {
            var purpose = (FundingPurpose)(int)request.Purpose;
            query = Enum.IsDefined(purpose)
                ? query.Where(e => e.Purpose == purpose)
                : throw RuleViolationException.Invalid("purpose", "purpose must be SERVICE_OPTIMISATION, TECHNOLOGY_UPGRADE or CUSTOMER_CARE when set.");
        }

        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(e => e.Id < after);
        }

        var fetched = await query.OrderByDescending(e => e.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        return PageToken.Page(fetched, pageSize, e => e.Id);
    }
}
