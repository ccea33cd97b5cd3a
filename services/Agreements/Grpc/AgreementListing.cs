using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Data;
using Platform.Agreements.Domain;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Proto = Platform.Contracts.Agreements.V1;

namespace Platform.Agreements.Grpc;

/// <summary>Lists agreements newest first with keyset pages (<see cref="PageToken"/>).</summary>
internal static class AgreementListing
{
    public static async Task<(IReadOnlyList<Agreement> Items, string NextPageToken)> ListAsync(AgreementsDbContext db, Proto.ListAgreementsRequest request, CancellationToken ct)
    {
        var pageSize = PageToken.Size(request.PageSize);
        IQueryable<Agreement> query = db.Agreements.AsNoTracking();
        if (request.CustomerId.Length > 0)
        {
            query = query.Where(a => a.Customer.CustomerId == request.CustomerId);
        }

        if (request.PromisorOrganizationId.Length > 0)
        {
            query = query.Where(a => a.Promisor.OrganizationId == request.PromisorOrganizationId);
        }

        if (request.Status != Proto.AgreementStatus.Unspecified)
        {
            var status = request.Status switch
            {
                Proto.AgreementStatus.Draft => AgreementStatus.Draft,
                Proto.AgreementStatus.Active => AgreementStatus.Active,
                Proto.AgreementStatus.Suspended => AgreementStatus.Suspended,
                Proto.AgreementStatus.Terminated => AgreementStatus.Terminated,
                Proto.AgreementStatus.Expired => AgreementStatus.Expired,
                _ => throw RuleViolationException.Invalid("status", "status is not a known agreement status."),
            };
            query = query.Where(a => a.Status == status);
        }

        if (request.PageToken.Length > 0)
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(a => a.Id < after);
        }

        var items = await query.OrderByDescending(a => a.Id).Take(pageSize + 1).ToListAsync(ct);
        return PageToken.Page(items, pageSize, a => a.Id);
    }
}
