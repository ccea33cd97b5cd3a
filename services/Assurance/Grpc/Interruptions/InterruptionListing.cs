using Microsoft.EntityFrameworkCore;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Interruptions;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Interruptions;

/// <summary>Lists interruptions newest first with keyset pages (<see cref="PageToken"/>).</summary>
internal static class InterruptionListing
{
    public static async Task<(IReadOnlyList<Interruption> Items, string NextPageToken)> ListAsync(AssuranceDbContext db, Proto.ListInterruptionsRequest request, CancellationToken cancellationToken)
    {
        var pageSize = PageToken.Size(request.PageSize);
        var periodStart = RequestFields.OptionalTime(request.PeriodStart, "period_start");
        var periodEnd = RequestFields.OptionalTime(request.PeriodEnd, "period_end");
        if (periodStart is { } from && periodEnd is { } to && to <= from)
        {
            throw RuleViolationException.Invalid("period_end", $"period_end {to:O} must be after period_start {from:O}.");
        }

        var query = db.Set<Interruption>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.PromisorId))
        {
            var promisorId = request.PromisorId.Trim();
            query = query.Where(i => i.PromisorId == promisorId);
        }

        if (request.OngoingOnly)
        {
            query = query.Where(i => i.EndedAt == null);
        }

        // Going on at some time in [period_start, period_end): started before its end, not ended by its start.
        if (periodStart is { } start)
        {
            query = query.Where(i => i.EndedAt == null || i.EndedAt > start);
        }

        if (periodEnd is { } end)
        {
            query = query.Where(i => i.StartedAt < end);
        }

        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(i => i.Id < after);
        }

        var fetched = await query.OrderByDescending(i => i.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        return PageToken.Page(fetched, pageSize, i => i.Id);
    }
}
