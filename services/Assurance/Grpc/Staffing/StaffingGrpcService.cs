using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Assurance.Data;
using Platform.Assurance.Data.Staffing;
using Platform.Assurance.Domain.Staffing;
using Platform.Assurance.Messaging.Staffing;
using Platform.Contracts.Assurance.V1;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using StaffingRequirement = Platform.Assurance.Domain.Staffing.StaffingRequirement;
using TeamMember = Platform.Assurance.Domain.Staffing.TeamMember;

namespace Platform.Assurance.Grpc.Staffing;

/// <summary>gRPC adapter of the dedicated team (clause 3.2): validate, change the roster, judge the team, save it all at once.</summary>
public sealed class StaffingGrpcService(AssuranceDbContext db, StaffingJudge judge, TimeProvider time) : StaffingService.StaffingServiceBase
{
    public override async Task<AddTeamMemberResponse> AddTeamMember(AddTeamMemberRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var addition = new ClientRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), RequestFingerprint.Of(request));
        if (await FindByRequestAsync(addition.Id, ct) is { } earlier)
        {
            earlier.EnsureAddedBy(addition);
            return new AddTeamMemberResponse { Member = earlier.ToProto() };
        }

        // Everything is checked before anything is stored.
        var details = StaffingMapping.ToDetails(request.Name, request.Role, request.Core, request.IndustryExperienceYears, request.ExperienceAsOf, request.JoinedAt, now);
        var member = TeamMember.Add(Guid.CreateVersion7(), request.PromisorId, addition, details, request.Actor, now);
        var before = await StaffingJudge.RosterOfAsync(db, member.PromisorId, ct);
        db.Set<TeamMember>().Add(member);
        await judge.JudgeChangeAsync(member.PromisorId, before, [.. before, member.ToRoster()], details.JoinedAt, now, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_team_members_request_id" })
        {
            // A retry of the same request raced this one and won: answer with what it added.
            db.ChangeTracker.Clear();
            member = await FindByRequestAsync(addition.Id, ct)
                ?? throw new InvalidOperationException("Adding a team member conflicted but none has this request id.", ex);
            member.EnsureAddedBy(addition);
        }

        return new AddTeamMemberResponse { Member = member.ToProto() };
    }

    public override async Task<ChangeTeamMemberResponse> ChangeTeamMember(ChangeTeamMemberRequest request, ServerCallContext context)
    {
        var now = time.GetUtcNow();
        var details = StaffingMapping.ToDetails(request.Name, request.Role, request.Core, request.IndustryExperienceYears, request.ExperienceAsOf, request.JoinedAt, now);
        return new() { Member = await ChangeAsync(request.MemberId, m => m.Change(details, request.Reason, request.Actor, request.Version, now), now, context) };
    }

    public override async Task<RecordTeamMemberLeavingResponse> RecordTeamMemberLeaving(RecordTeamMemberLeavingRequest request, ServerCallContext context)
    {
        var leftAt = RequestFields.RequiredTime(request.LeftAt, "left_at");
        var now = time.GetUtcNow();
        return new() { Member = await ChangeAsync(request.MemberId, m => m.RecordLeaving(leftAt, request.Reason, request.Actor, request.Version, now), now, context) };
    }

    public override async Task<GetTeamMemberResponse> GetTeamMember(GetTeamMemberRequest request, ServerCallContext context) =>
        new() { Member = (await LoadAsync(request.MemberId, tracking: false, context.CancellationToken)).ToProto() };

    public override async Task<ListTeamMembersResponse> ListTeamMembers(ListTeamMembersRequest request, ServerCallContext context)
    {
        var (items, next) = await TeamMemberListing.ListAsync(db, request, context.CancellationToken);
        return new ListTeamMembersResponse { Members = { items.Select(m => m.ToProto()) }, NextPageToken = next };
    }

    public override async Task<GetStaffingStatusResponse> GetStaffingStatus(GetStaffingStatusRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var promisorId = StaffingText.PromisorId(request.PromisorId);
        var at = RequestFields.OptionalTime(request.At, "at") ?? time.GetUtcNow();
        var roster = await StaffingJudge.RosterOfAsync(db, promisorId, ct);
        var requirement = StaffingRequirement.Highest(await db.StaffingTermsOfAsync(promisorId, ct), at);
        return StaffingAssessment.Of(roster, requirement, at).ToProto(promisorId);
    }

    /// <summary>Loads a member, applies one change (returning its effective time), judges the team from then and saves it all.</summary>
    private async Task<Contracts.Assurance.V1.TeamMember> ChangeAsync(string memberId, Func<TeamMember, DateTimeOffset> change, DateTimeOffset now, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var member = await LoadAsync(memberId, tracking: true, ct);
        var before = await StaffingJudge.RosterOfAsync(db, member.PromisorId, ct);
        var effectiveAt = change(member);
        IReadOnlyList<RosterMember> after = [.. before.Where(m => m.Id != member.Id), member.ToRoster()];
        await judge.JudgeChangeAsync(member.PromisorId, before, after, effectiveAt, now, ct);
        await db.SaveChangesAsync(ct);
        return member.ToProto();
    }

    private Task<TeamMember?> FindByRequestAsync(Guid requestId, CancellationToken ct) =>
        db.Set<TeamMember>().AsNoTracking().SingleOrDefaultAsync(m => m.RequestId == requestId, ct);

    private async Task<TeamMember> LoadAsync(string memberId, bool tracking, CancellationToken ct)
    {
        var id = RequestFields.RequiredGuid(memberId, "member_id");
        var query = tracking ? db.Set<TeamMember>() : db.Set<TeamMember>().AsNoTracking();
        return await query.SingleOrDefaultAsync(m => m.Id == id, ct)
            ?? throw RuleViolationException.NotFound("team_member", memberId);
    }
}
