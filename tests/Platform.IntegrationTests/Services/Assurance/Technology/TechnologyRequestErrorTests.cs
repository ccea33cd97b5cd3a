using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Technology;

/// <summary>Bad input for every technology RPC: INVALID_ARGUMENT naming the field, and nothing stored or changed.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class TechnologyRequestErrorTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private TechnologyService.TechnologyServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> RegistrationFields => ["request_id", "promisor_id", "name", "kind", "status", "since", "description", "actor"];

    public static TheoryData<string, string> ChangeFields => new()
    {
        { "UpdateCapability", "name" },
        { "UpdateCapability", "kind" },
        { "UpdateCapability", "actor" },
        { "ChangeCapabilityStatus", "status" },
        { "ChangeCapabilityStatus", "since" },
        { "ChangeCapabilityStatus", "reason" },
        { "ChangeCapabilityStatus", "actor" },
    };

    public static TheoryData<string> RpcsTakingACapabilityId => ["GetCapability", "UpdateCapability", "ChangeCapabilityStatus"];

    [Theory]
    [MemberData(nameof(RegistrationFields))]
    public async Task Invalid_registration_is_INVALID_ARGUMENT_naming_the_field_and_stores_nothing(string field)
    {
        var promisor = AssuranceFixture.NewPromisor();
        var request = TechnologyCalls.Register(promisor);
        switch (field)
        {
            case "request_id": request.RequestId = "not-a-uuid"; break;
            case "promisor_id": request.PromisorId = " "; break;
            case "name": request.Name = string.Empty; break;
            case "kind": request.Kind = CapabilityKind.Unspecified; break;
            case "status": request.Status = CapabilityStatus.Unspecified; break;
            case "since": request.Since = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(5)); break;
            case "description": request.Description = new string('x', 2_001); break;
            case "actor": request.Actor = string.Empty; break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.RegisterCapabilityAsync(request).ResponseAsync);

        AssertInvalid(error, field);
        Assert.Empty(await Client.OfPromisorAsync(promisor));
    }

    [Theory]
    [MemberData(nameof(ChangeFields))]
    public async Task Invalid_change_is_INVALID_ARGUMENT_naming_the_field_and_changes_nothing(string rpc, string field)
    {
        var registered = await Client.RegisterAsync(TechnologyCalls.Register(AssuranceFixture.NewPromisor()));

        var error = await Assert.ThrowsAsync<RpcException>(() => rpc == "UpdateCapability" ? BadUpdate(registered, field) : (Task)BadStatusChange(registered, field));

        AssertInvalid(error, field);
        Assert.Equal(registered, await Client.GetAsync(registered.Id));
    }

    [Fact]
    public async Task Status_change_before_the_current_status_began_is_INVALID_ARGUMENT_naming_since()
    {
        var registered = await Client.RegisterAsync(TechnologyCalls.Register(AssuranceFixture.NewPromisor()));

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.ChangeCapabilityStatusAsync(
            TechnologyCalls.ChangeStatus(registered, CapabilityStatus.Retired, registered.Since.ToDateTimeOffset().AddSeconds(-1))).ResponseAsync);

        AssertInvalid(error, "since");
        Assert.Equal(registered, await Client.GetAsync(registered.Id));
    }

    [Theory]
    [MemberData(nameof(RpcsTakingACapabilityId))]
    public async Task Malformed_capability_id_is_INVALID_ARGUMENT_and_unknown_one_NOT_FOUND(string rpc)
    {
        var malformed = await Assert.ThrowsAsync<RpcException>(() => Call(rpc, "not-a-uuid"));
        var unknown = await Assert.ThrowsAsync<RpcException>(() => Call(rpc, Guid.NewGuid().ToString()));

        AssertInvalid(malformed, "capability_id");
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("page_size")]
    [InlineData("page_token")]
    [InlineData("status")]
    public async Task Listing_with_a_bad_filter_is_INVALID_ARGUMENT_naming_it(string field)
    {
        var request = field switch
        {
            "page_size" => new ListCapabilitiesRequest { PageSize = -1 },
            "page_token" => new ListCapabilitiesRequest { PageToken = "not-a-token" },
            _ => new ListCapabilitiesRequest { Status = (CapabilityStatus)42 },
        };

        AssertInvalid(await Assert.ThrowsAsync<RpcException>(() => Client.ListCapabilitiesAsync(request).ResponseAsync), field);
    }

    [Theory]
    [InlineData("promisor_id")]
    [InlineData("at")]
    public async Task Status_question_with_bad_input_is_INVALID_ARGUMENT_naming_the_field(string field)
    {
        var request = field == "at"
            ? new GetTechnologyStatusRequest { PromisorId = AssuranceFixture.NewPromisor(), At = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(1)) }
            : new GetTechnologyStatusRequest();

        AssertInvalid(await Assert.ThrowsAsync<RpcException>(() => Client.GetTechnologyStatusAsync(request).ResponseAsync), field);
    }

    private static void AssertInvalid(RpcException error, string field)
    {
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    private Task<UpdateCapabilityResponse> BadUpdate(Capability capability, string field)
    {
        var request = TechnologyCalls.Update(capability);
        switch (field)
        {
            case "name": request.Name = " "; break;
            case "kind": request.Kind = CapabilityKind.Unspecified; break;
            case "actor": request.Actor = string.Empty; break;
        }

        return Client.UpdateCapabilityAsync(request).ResponseAsync;
    }

    private Task<ChangeCapabilityStatusResponse> BadStatusChange(Capability capability, string field)
    {
        var request = TechnologyCalls.ChangeStatus(capability, CapabilityStatus.Degraded);
        switch (field)
        {
            case "status": request.Status = CapabilityStatus.Unspecified; break;
            case "since": request.Since = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddMinutes(5)); break;
            case "reason": request.Reason = string.Empty; break;
            case "actor": request.Actor = string.Empty; break;
        }

        return Client.ChangeCapabilityStatusAsync(request).ResponseAsync;
    }

    private Task Call(string rpc, string capabilityId) => rpc switch
    {
        "GetCapability" => Client.GetCapabilityAsync(new GetCapabilityRequest { CapabilityId = capabilityId }).ResponseAsync,
        "UpdateCapability" => Client.UpdateCapabilityAsync(new UpdateCapabilityRequest
        {
            CapabilityId = capabilityId, Version = 1, Name = "chatbot", Kind = CapabilityKind.Other, Actor = TechnologyCalls.Admin,
        }).ResponseAsync,
        "ChangeCapabilityStatus" => Client.ChangeCapabilityStatusAsync(new ChangeCapabilityStatusRequest
        {
            CapabilityId = capabilityId, Version = 1, Status = CapabilityStatus.Retired, Reason = "Gone", Actor = TechnologyCalls.Admin,
        }).ResponseAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "Not an RPC taking a capability id."),
    };
}
