using System.Buffers.Text;
using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Data;
using Platform.Agreements.Domain;
using Platform.SharedKernel;
using Proto = Platform.Contracts.Agreements.V1;

namespace Platform.Agreements.Grpc;

/// <summary>
/// Keyset paging over agreements, newest first. Ids are time-ordered (UUIDv7), so the page token is the last
/// id returned: pages stay stable while new agreements are created.
/// </summary>
internal static class AgreementListing
{
    private const int DefaultPageSize = 50;
    private const int MaxPageSize = 200;

    public static async Task<(IReadOnlyList<Agreement> Items, string NextPageToken)> ListAsync(AgreementsDbContext db, Proto.ListAgreementsRequest request, CancellationToken ct)
    {
        if (request.PageSize < 0)
        {
            throw RuleViolationException.Invalid("page_size", "page_size must not be negative.");
        }

        var pageSize = request.PageSize == 0 ? DefaultPageSize : Math.Min(request.PageSize, MaxPageSize);
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
            var after = DecodeToken(request.PageToken);
            query = query.Where(a => a.Id < after);
        }

        var items = await query.OrderByDescending(a => a.Id).Take(pageSize + 1).ToListAsync(ct);
        var hasMore = items.Count > pageSize;
        if (hasMore)
        {
            items.RemoveAt(items.Count - 1);
        }

        return (items, hasMore ? EncodeToken(items[^1].Id) : string.Empty);
    }

    private static string EncodeToken(Guid lastId) => Base64Url.EncodeToString(lastId.ToByteArray(bigEndian: true));

    private static Guid DecodeToken(string token)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(token);
            return bytes.Length == 16 ? new Guid(bytes, bigEndian: true) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw RuleViolationException.Invalid("page_token", "page_token is not one this service issued; start again without it.");
        }
    }
}
