using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Security;
using Platform.IntegrationTests.Infrastructure;
using Platform.ServiceDefaults.Security;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// Every RPC of every service against its policy table: no token is UNAUTHENTICATED, each role the table
/// leaves out is PERMISSION_DENIED, a role it names gets through to the service; and the tables keep the
/// promises of the roles (auditors only read, SREs see no customer data).
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class AccessPolicyTests(FourServices services) : IClassFixture<FourServices>
{

    /// <summary>Every unary RPC a service serves: its own API and the status every service has.</summary>
    public static TheoryData<string, string> Rpcs => PlatformApis.Rpcs();

    [Theory]
    [MemberData(nameof(Rpcs))]
    public async Task Rpc_without_a_token_is_UNAUTHENTICATED_without_an_allowed_role_PERMISSION_DENIED_and_with_one_reaches_the_service(string service, string path)
    {
        var rule = services.RuleOf(service, path);
        Assert.False(rule.IsOpen, $"{path} is open to anyone");

        var anonymous = await CallAsync(service, path, token: string.Empty);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);

        foreach (var role in PlatformRoles.All.Except(rule.Roles))
        {
            var refused = await CallAsync(service, path, TestIdentity.Token($"only-{role}", [role], [PlatformRoles.PiiRead]));
            Assert.True(refused.StatusCode == StatusCode.PermissionDenied, $"{path} as {role}: {refused.StatusCode} {refused.Detail}");
            Assert.Contains(role, refused.Detail, StringComparison.Ordinal);
        }

        foreach (var role in rule.Roles)
        {
            var allowed = await CallAsync(service, path, TestIdentity.Token($"only-{role}", [role]));
            Assert.True(
                allowed.StatusCode is not (StatusCode.Unauthenticated or StatusCode.PermissionDenied),
                $"{path} as {role}: {allowed.StatusCode} {allowed.Detail}");
        }
    }

    [Fact]
    public void Auditors_may_read_everything_and_change_nothing()
    {
        foreach (var (service, path, rule) in services.AllRules())
        {
            var read = rule.Kind == RpcKind.Read;
            Assert.True(read == rule.Roles.Contains(PlatformRoles.Auditor), $"{service} {path}: auditor {(read ? "cannot read" : "can change")}");
        }
    }

    [Fact]
    public void Reads_are_the_Get_and_List_RPCs_and_everything_else_is_an_audited_change()
    {
        foreach (var (service, path, rule) in services.AllRules())
        {
            var name = path[(path.LastIndexOf('/') + 1)..];
            var namedAsRead = name.StartsWith("Get", StringComparison.Ordinal) || name.StartsWith("List", StringComparison.Ordinal);
            Assert.True(namedAsRead == (rule.Kind == RpcKind.Read), $"{service} {path} is a {rule.Kind}");
        }
    }

    [Fact]
    public void SREs_may_read_the_service_status_and_nothing_of_customers()
    {
        var allowed = services.AllRules().Where(r => r.Rule.Roles.Contains(PlatformRoles.Sre)).Select(r => r.Path).Distinct();

        Assert.Equal(["/platform.common.v1.ServiceStatusService/GetServiceStatus"], allowed);
    }

    [Theory]
    [InlineData("a token signed with another key", "its signature does not verify with the issuer's keys.")]
    [InlineData("an expired token", "it expired at ")]
    [InlineData("not a token", "it is not a valid token.")]
    public async Task Refused_token_is_UNAUTHENTICATED_with_the_reason(string token, string reason)
    {
        var value = token switch
        {
            "a token signed with another key" => TestIdentity.Token("mallory", PlatformRoles.All, signingKey: Convert.ToBase64String(new byte[32])),
            "an expired token" => TestIdentity.Token("late", PlatformRoles.All, lifetime: TimeSpan.FromMinutes(-10)),
            _ => "definitely-not-a-jwt",
        };

        var refused = await CallAsync("agreements", "/platform.agreements.v1.AgreementsService/ListAgreements", value);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.StartsWith($"The bearer token was refused: {reason}", refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_and_reflection_answer_without_a_token()
    {
        using var channel = services.Channel("complaints", string.Empty);

        var health = await new Grpc.Health.V1.Health.HealthClient(channel).CheckAsync(new());
        using var reflection = new Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo();
        await reflection.RequestStream.WriteAsync(new() { ListServices = string.Empty });
        await reflection.RequestStream.CompleteAsync();

        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.True(await reflection.ResponseStream.MoveNext(CancellationToken.None));
    }

    [Fact]
    public async Task Contact_details_unmasked_need_the_pii_read_permission()
    {
        var complaintId = await services.FiledComplaintAsync();
        var handler = TestIdentity.Token("handler-without-pii", [PlatformRoles.ComplaintHandler]);
        var privileged = TestIdentity.Token("handler-with-pii", [PlatformRoles.ComplaintHandler], [PlatformRoles.PiiRead]);
        using var handlerChannel = services.Channel("complaints", handler);
        using var privilegedChannel = services.Channel("complaints", privileged);

        var masked = (await new ComplaintsService.ComplaintsServiceClient(handlerChannel).GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaintId })).Complaint.Contact;
        var refused = await Assert.ThrowsAsync<RpcException>(() => new ComplaintsService.ComplaintsServiceClient(handlerChannel)
            .GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaintId, RevealContact = true }).ResponseAsync);
        var refusedList = await Assert.ThrowsAsync<RpcException>(() => new ComplaintsService.ComplaintsServiceClient(handlerChannel)
            .ListComplaintsAsync(new ListComplaintsRequest { RevealContact = true }).ResponseAsync);
        var revealed = (await new ComplaintsService.ComplaintsServiceClient(privilegedChannel).GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaintId, RevealContact = true })).Complaint.Contact;

        Assert.True(masked.Masked);
        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (refused.StatusCode, refusedList.StatusCode));
        Assert.Contains("pii:read", refused.Status.Detail, StringComparison.Ordinal);
        Assert.False(revealed.Masked);
        Assert.Equal("Li Wei", revealed.Name);
    }

    private Task<Status> CallAsync(string service, string path, string token) =>
        services.CallAsync(service, path, token, [], TimeSpan.FromSeconds(30));
}
