using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.Services.Assurance.Funding;
using static Platform.IntegrationTests.Services.Assurance.Staffing.StaffingRequests;

namespace Platform.IntegrationTests.Services.Assurance.Staffing;

/// <summary>The roster and the clause 3.2 status as callers read them.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class StaffingStatusTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private StaffingService.StaffingServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Status_counts_who_is_on_the_team_at_the_instant_against_the_highest_requirements_and_names_who_falls_short()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var larger = await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { TeamMinHeadcount = 3, CoreMemberMinExperienceYears = 2m });
        var stricter = await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { TeamMinHeadcount = 2, CoreMemberMinExperienceYears = 5m });
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        var junior = await Client.AddAsync(Add(promisor, at, core: true, years: 3m, name: "Zhang Min"));
        await Client.AddAsync(Add(promisor, at.AddDays(-10), core: true, years: 9m, name: "Chen Jie"));
        var leaver = await Client.AddAsync(Add(promisor, at.AddDays(-10)));
        await Client.RecordTeamMemberLeavingAsync(Leave(leaver, at));
        await Client.AddAsync(Add(promisor, at.AddTicks(10)));

        var status = await Client.GetStaffingStatusAsync(new GetStaffingStatusRequest { PromisorId = promisor, At = Timestamp.FromDateTimeOffset(at) });

        Assert.Equal((StaffingStatusKind.Short, 2, 1), (status.Status, status.Headcount, status.HeadcountShortfall));
        Assert.Equal((3, larger.ToString(), "5", stricter.ToString()), (status.Requirement.MinHeadcount, status.Requirement.HeadcountAgreementId, status.Requirement.CoreMemberMinExperienceYears.Value, status.Requirement.ExperienceAgreementId));
        Assert.Equal(["Chen Jie", "Zhang Min"], status.CoreMembers.Select(c => c.Name));
        var below = Assert.Single(status.CoreMembersBelowExperience);
        Assert.Equal((junior.Id, false), (below.MemberId, below.MeetsRequirement));
    }

    [Fact]
    public async Task Status_without_an_active_agreement_requires_nothing()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await Client.AddAsync(Add(promisor));

        var status = await Client.GetStaffingStatusAsync(new GetStaffingStatusRequest { PromisorId = promisor });

        Assert.Equal((StaffingStatusKind.NoActiveAgreement, 1, (StaffingRequirement?)null), (status.Status, status.Headcount, status.Requirement));
    }

    [Fact]
    public async Task Changes_are_kept_on_the_history_and_a_stale_version_is_ABORTED()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var added = await Client.AddAsync(Add(promisor));

        var changed = (await Client.ChangeTeamMemberAsync(Change(added, "promoted to lead").WithChange(r => r.Core = true))).Member;
        var stale = await Assert.ThrowsAsync<RpcException>(() => Client.ChangeTeamMemberAsync(Change(added).WithChange(r => r.Role = "other")).ResponseAsync);
        var left = (await Client.RecordTeamMemberLeavingAsync(Leave(changed))).Member;
        var again = await Assert.ThrowsAsync<RpcException>(() => Client.RecordTeamMemberLeavingAsync(Leave(left)).ResponseAsync);

        Assert.Equal((StatusCode.Aborted, StatusCode.FailedPrecondition), (stale.StatusCode, again.StatusCode));
        var read = (await Client.GetTeamMemberAsync(new GetTeamMemberRequest { MemberId = added.Id })).Member;
        Assert.Equal(left, read);
        Assert.Equal((3L, true), (read.Version, read.Core));
        Assert.Equal(["Added", "Changed", "LeavingRecorded"], read.History.Select(h => h.Action));
    }

    [Fact]
    public async Task Leaving_at_a_stale_version_is_ABORTED_and_changes_nothing()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var added = await Client.AddAsync(Add(promisor));
        var changed = (await Client.ChangeTeamMemberAsync(Change(added).WithChange(r => r.Role = "senior complaint handler"))).Member;

        var stale = await Assert.ThrowsAsync<RpcException>(() => Client.RecordTeamMemberLeavingAsync(Leave(added)).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(changed, (await Client.GetTeamMemberAsync(new GetTeamMemberRequest { MemberId = added.Id })).Member);
    }

    [Fact]
    public async Task Retried_addition_returns_the_first_and_other_content_under_its_request_id_is_ALREADY_EXISTS()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var request = Add(promisor);
        var first = await Client.AddAsync(request);

        var retried = await Client.AddAsync(request);
        var reused = await Assert.ThrowsAsync<RpcException>(() => Client.AddTeamMemberAsync(request.WithChange(r => r.Name = "Someone else")).ResponseAsync);

        Assert.Equal(first, retried);
        Assert.Equal(StatusCode.AlreadyExists, reused.StatusCode);
        Assert.Equal(first.Id, Assert.Single(await Client.MembersAsync(promisor)).Id);
    }

    [Fact]
    public async Task Members_are_listed_newest_first_and_by_who_is_on_the_team_at_an_instant()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var at = DateTimeOffset.UtcNow.AddDays(-1);
        var stays = await Client.AddAsync(Add(promisor, at.AddDays(-1)));
        var left = await Client.AddAsync(Add(promisor, at.AddDays(-1)));
        await Client.RecordTeamMemberLeavingAsync(Leave(left, at));
        var later = await Client.AddAsync(Add(promisor, at.AddHours(1)));

        var all = await Client.ListTeamMembersAsync(new ListTeamMembersRequest { PromisorId = promisor, PageSize = 2 });
        var rest = await Client.ListTeamMembersAsync(new ListTeamMembersRequest { PromisorId = promisor, PageToken = all.NextPageToken });
        var onTeam = await Client.ListTeamMembersAsync(new ListTeamMembersRequest { PromisorId = promisor, OnTeamAt = Timestamp.FromDateTimeOffset(at) });

        Assert.Equal([later.Id, left.Id, stays.Id], all.Members.Concat(rest.Members).Select(m => m.Id));
        Assert.Equal(stays.Id, Assert.Single(onTeam.Members).Id);
    }
}
