using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;
using static Platform.IntegrationTests.Services.Assurance.Staffing.StaffingRequests;
using Decimal = Platform.Contracts.Common.V1.Decimal;

namespace Platform.IntegrationTests.Services.Assurance.Staffing;

/// <summary>Roster requests refused: a clear error naming the field, and nothing stored or changed.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class StaffingRefusalTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private StaffingService.StaffingServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> DetailFields =>
        ["name", "role", "industry_experience_years", "industry_experience_years/negative", "industry_experience_years/not-a-number", "experience_as_of", "joined_at", "actor"];

    [Theory]
    [MemberData(nameof(DetailFields))]
    [InlineData("request_id")]
    [InlineData("promisor_id")]
    public async Task Invalid_addition_is_INVALID_ARGUMENT_naming_the_field_and_stores_nothing(string broken)
    {
        var promisor = AssuranceFixture.NewPromisor();
        var request = Add(promisor);
        switch (broken)
        {
            case "request_id": request.RequestId = "not-a-uuid"; break;
            case "promisor_id": request.PromisorId = string.Empty; break;
            default: (request.Name, request.Role, request.IndustryExperienceYears, request.ExperienceAsOf, request.JoinedAt, request.Actor) = Break(broken, request.Name, request.Role, request.IndustryExperienceYears, request.ExperienceAsOf, request.JoinedAt, request.Actor); break;
        }

        await AssertInvalidAsync(() => Client.AddTeamMemberAsync(request).ResponseAsync, broken.Split('/')[0]);
        Assert.Empty(await Client.MembersAsync(promisor));
    }

    [Theory]
    [MemberData(nameof(DetailFields))]
    [InlineData("member_id")]
    [InlineData("reason")]
    public async Task Invalid_change_is_INVALID_ARGUMENT_naming_the_field_and_changes_nothing(string broken)
    {
        var member = await Client.AddAsync(Add(AssuranceFixture.NewPromisor()));
        var request = Change(member);
        request.Name = "Li Wei Jr.";
        switch (broken)
        {
            case "member_id": request.MemberId = "not-a-uuid"; break;
            case "reason": request.Reason = string.Empty; break;
            default: (request.Name, request.Role, request.IndustryExperienceYears, request.ExperienceAsOf, request.JoinedAt, request.Actor) = Break(broken, request.Name, request.Role, request.IndustryExperienceYears, request.ExperienceAsOf, request.JoinedAt, request.Actor); break;
        }

        await AssertInvalidAsync(() => Client.ChangeTeamMemberAsync(request).ResponseAsync, broken.Split('/')[0]);
        Assert.Equal(member, (await Client.GetTeamMemberAsync(new GetTeamMemberRequest { MemberId = member.Id })).Member);
    }

    [Theory]
    [InlineData("member_id")]
    [InlineData("left_at")]
    [InlineData("left_at/before-joining")]
    [InlineData("reason")]
    [InlineData("actor")]
    public async Task Invalid_leaving_is_INVALID_ARGUMENT_naming_the_field_and_changes_nothing(string broken)
    {
        var member = await Client.AddAsync(Add(AssuranceFixture.NewPromisor()));
        var request = Leave(member);
        switch (broken)
        {
            case "member_id": request.MemberId = string.Empty; break;
            case "left_at": request.LeftAt = null; break;
            case "left_at/before-joining": request.LeftAt = member.JoinedAt; break;
            case "reason": request.Reason = new string('r', 1001); break;
            case "actor": request.Actor = " "; break;
        }

        await AssertInvalidAsync(() => Client.RecordTeamMemberLeavingAsync(request).ResponseAsync, broken.Split('/')[0]);
        Assert.Equal(member, (await Client.GetTeamMemberAsync(new GetTeamMemberRequest { MemberId = member.Id })).Member);
    }

    [Fact]
    public async Task Unknown_member_is_NOT_FOUND_to_read_change_and_leave()
    {
        var member = await Client.AddAsync(Add(AssuranceFixture.NewPromisor()));
        var unknown = Guid.NewGuid().ToString();

        var read = await Assert.ThrowsAsync<RpcException>(() => Client.GetTeamMemberAsync(new GetTeamMemberRequest { MemberId = unknown }).ResponseAsync);
        var change = await Assert.ThrowsAsync<RpcException>(() => Client.ChangeTeamMemberAsync(Change(member).WithMemberId(unknown)).ResponseAsync);
        var leave = await Assert.ThrowsAsync<RpcException>(() => Client.RecordTeamMemberLeavingAsync(Leave(member).WithMemberId(unknown)).ResponseAsync);

        Assert.Equal([StatusCode.NotFound, StatusCode.NotFound, StatusCode.NotFound], new[] { read.StatusCode, change.StatusCode, leave.StatusCode });
    }

    [Fact]
    public async Task Queries_with_a_missing_id_or_a_bad_page_are_INVALID_ARGUMENT_naming_it()
    {
        await AssertInvalidAsync(() => Client.GetTeamMemberAsync(new GetTeamMemberRequest { MemberId = "42" }).ResponseAsync, "member_id");
        await AssertInvalidAsync(() => Client.GetStaffingStatusAsync(new GetStaffingStatusRequest()).ResponseAsync, "promisor_id");
        await AssertInvalidAsync(() => Client.ListTeamMembersAsync(new ListTeamMembersRequest()).ResponseAsync, "promisor_id");
        await AssertInvalidAsync(() => Client.ListTeamMembersAsync(new ListTeamMembersRequest { PromisorId = "org-x", PageSize = -5 }).ResponseAsync, "page_size");
        await AssertInvalidAsync(() => Client.ListTeamMembersAsync(new ListTeamMembersRequest { PromisorId = "org-x", PageToken = "forged" }).ResponseAsync, "page_token");
    }

    private static (string, string, Decimal?, Timestamp?, Timestamp?, string) Break(string broken, string name, string role, Decimal? years, Timestamp? asOf, Timestamp? joinedAt, string actor) => broken switch
    {
        "name" => (" ", role, years, asOf, joinedAt, actor),
        "role" => (name, new string('r', 201), years, asOf, joinedAt, actor),
        "industry_experience_years" => (name, role, null, asOf, joinedAt, actor),
        "industry_experience_years/negative" => (name, role, new Decimal { Value = "-1" }, asOf, joinedAt, actor),
        "industry_experience_years/not-a-number" => (name, role, new Decimal { Value = "ten" }, asOf, joinedAt, actor),
        "experience_as_of" => (name, role, years, Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(2)), joinedAt, actor),
        "joined_at" => (name, role, years, asOf, null, actor),
        "actor" => (name, role, years, asOf, joinedAt, string.Empty),
        _ => throw new ArgumentOutOfRangeException(nameof(broken), broken, "Not a member detail."),
    };

    private static async Task AssertInvalidAsync(Func<Task> call, string field)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }
}
