using Microsoft.EntityFrameworkCore;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Staffing;
using Platform.ServiceDefaults.Requests;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Staffing;

/// <summary>Lists a promisor's team members newest added first with keyset pages (<see cref="PageToken"/>).</summary>
internal static class TeamMemberListing
{
    public static async Task<(IReadOnlyList<TeamMember> Items, string NextPageToken)> ListAsync(AssuranceDbContext db, Proto.ListTeamMembersRequest request, CancellationToken cancellationToken)
    {
        var promisorId = StaffingText.PromisorId(request.PromisorId);
        var pageSize = PageToken.Size(request.PageSize);
        var query = db.Set<TeamMember>().AsNoTracking().Where(m => m.PromisorId == promisorId);
        if (RequestFields.OptionalTime(request.OnTeamAt, "on_team_at") is { } at)
        {
            query = query.Where(m => m.JoinedAt <= at && (m.LeftAt == null || at < m.LeftAt));
        }

        if (!string.IsNullOrEmpty(request.PageToken))
        {
            var after = PageToken.Decode(request.PageToken);
            query = query.Where(m => m.Id < after);
        }

        var fetched = await query.OrderByDescending(m => m.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        return PageToken.Page(fetched, pageSize, m => m.Id);
    }
}
