using Microsoft.EntityFrameworkCore;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Inspections;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Inspections;

/// <summary>Lists inspections and findings newest first with keyset pages (<see cref="PageToken"/>).</summary>
internal static class InspectionListing
{
    public static async Task<(IReadOnlyList<Inspection> Items, string NextPageToken)> InspectionsAsync(AssuranceDbContext db, Proto.ListInspectionsRequest request, CancellationToken ct)
    {
        var pageSize = PageToken.Size(request.PageSize);
        var (from, to) = Period(request.From, request.To);
        var query = db.Set<Inspection>().AsNoTracking();
        if (!string.IsNullOrEmpty(request.PromisorId))
        {
            var promisorId = InspectionText.PromisorId(request.PromisorId);
            query = query.Where(i => i.PromisorId == promisorId);
        }

        if (request.Kind != Proto.InspectionKind.Unspecified)
        {
            var kind = RequestFields.Known((InspectionKind)(int)request.Kind, "kind");
            query = query.Where(i => i.Kind == kind);
        }

        if (from is { } start)
        {
            query = query.Where(i => i.InspectedAt >= start);
        }

        if (to is { } end)
        {
            query = query.Where(i => i.InspectedAt < end);
        }

        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(i => i.Id < after);
        }

        var fetched = await query.OrderByDescending(i => i.Id).Take(pageSize + 1).ToListAsync(ct);
        return PageToken.Page(fetched, pageSize, i => i.Id);
    }

    public static async Task<(IReadOnlyList<Finding> Items, string NextPageToken)> FindingsAsync(AssuranceDbContext db, Proto.ListFindingsRequest request, CancellationToken ct)
    {
        var pageSize = PageToken.Size(request.PageSize);
        var (from, to) = Period(request.From, request.To);
        var query = db.Set<Finding>().AsNoTracking();
        if (!string.IsNullOrEmpty(request.PromisorId))
        {
            var promisorId = InspectionText.PromisorId(request.PromisorId);
            query = query.Where(f => f.PromisorId == promisorId);
        }

        if (!string.IsNullOrEmpty(request.InspectionId))
        {
            var inspectionId = RequestFields.RequiredGuid(request.InspectionId, "inspection_id");
            query = query.Where(f => f.InspectionId == inspectionId);
        }

        if (from is { } start)
        {
            query = query.Where(f => f.InspectedAt >= start);
        }

        if (to is { } end)
        {
            query = query.Where(f => f.InspectedAt < end);
        }

        if (request.Class != Proto.FindingClass.Unspecified)
        {
            var findingClass = RequestFields.Known((FindingClass)(int)request.Class, "class");
            query = query.Where(f => f.Class == findingClass);
        }

        if (request.Status != Proto.FindingStatus.Unspecified)
        {
            var status = RequestFields.Known((FindingStatus)(int)request.Status, "status");
            query = query.Where(f => f.Status == status);
        }

        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(f => f.Id < after);
        }

        var fetched = await query.OrderByDescending(f => f.Id).Take(pageSize + 1).ToListAsync(ct);
        return PageToken.Page(fetched, pageSize, f => f.Id);
    }

    /// <summary>The period [from, to) asked for; either end may be open.</summary>
    private static (DateTimeOffset? From, DateTimeOffset? To) Period(Google.Protobuf.WellKnownTypes.Timestamp? from, Google.Protobuf.WellKnownTypes.Timestamp? to)
    {
        var (start, end) = (RequestFields.OptionalTime(from, "from"), RequestFields.OptionalTime(to, "to"));
        return start is { } s && end is { } e && e <= s
            ? throw RuleViolationException.Invalid("to", $"to {e:O} must be after from {s:O}.")
            : (start, end);
    }
}
