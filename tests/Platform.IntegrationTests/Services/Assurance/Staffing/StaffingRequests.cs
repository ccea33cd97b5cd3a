using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Assurance.V1;

namespace Platform.IntegrationTests.Services.Assurance.Staffing;

/// <summary>Valid roster requests by default; each test names only what it is about.</summary>
internal static class StaffingRequests
{
    public const string Manager = "team-manager";

    /// <summary>A non-core member with 10 years of experience as of a month ago, on the team since a month ago.</summary>
    public static AddTeamMemberRequest Add(string promisorId, DateTimeOffset? joinedAt = null, bool core = false, decimal years = 10m, string name = "Li Wei") => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        PromisorId = promisorId,
        Name = name,
        Role = core ? "team lead" : "complaint handler",
        Core = core,
        IndustryExperienceYears = new Contracts.Common.V1.Decimal { Value = years.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        ExperienceAsOf = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMonths(-1)),
        JoinedAt = Timestamp.FromDateTimeOffset(joinedAt ?? DateTimeOffset.UtcNow.AddMonths(-1)),
        Actor = Manager,
    };

    /// <summary>The member's details as read, to change one of them.</summary>
    public static ChangeTeamMemberRequest Change(TeamMember member, string reason = "correction") => new()
    {
        MemberId = member.Id,
        Version = member.Version,
        Name = member.Name,
        Role = member.Role,
        Core = member.Core,
        IndustryExperienceYears = member.IndustryExperienceYears,
        ExperienceAsOf = member.ExperienceAsOf,
        JoinedAt = member.JoinedAt,
        Reason = reason,
        Actor = Manager,
    };

    public static RecordTeamMemberLeavingRequest Leave(TeamMember member, DateTimeOffset? leftAt = null) => new()
    {
        MemberId = member.Id,
        Version = member.Version,
        LeftAt = Timestamp.FromDateTimeOffset(leftAt ?? DateTimeOffset.UtcNow),
        Reason = "resigned",
        Actor = Manager,
    };

    public static async Task<TeamMember> AddAsync(this StaffingService.StaffingServiceClient client, AddTeamMemberRequest request) =>
        (await client.AddTeamMemberAsync(request)).Member;

    public static async Task<IReadOnlyList<TeamMember>> MembersAsync(this StaffingService.StaffingServiceClient client, string promisorId) =>
        (await client.ListTeamMembersAsync(new ListTeamMembersRequest { PromisorId = promisorId })).Members;

    public static ChangeTeamMemberRequest WithMemberId(this ChangeTeamMemberRequest request, string memberId)
    {
        request.MemberId = memberId;
        return request;
    }

    public static RecordTeamMemberLeavingRequest WithMemberId(this RecordTeamMemberLeavingRequest request, string memberId)
    {
        request.MemberId = memberId;
        return request;
    }
}
