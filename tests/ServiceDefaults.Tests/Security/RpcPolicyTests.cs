using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Platform.Contracts.Common.V1;
using Platform.Contracts.Security;
using Platform.ServiceDefaults.Security;

namespace Platform.ServiceDefaults.Tests.Security;

public sealed class RpcPolicyTests
{
    private static readonly string[] s_sre = [PlatformRoles.Sre];

    [Fact]
    public void A_table_that_leaves_an_RPC_without_a_rule_is_refused_naming_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RpcPolicy.For(Health.Descriptor).Reads(s_sre, "Check").Build());

        Assert.Contains("Watch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_for_an_RPC_the_service_does_not_have_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RpcPolicy.For(Health.Descriptor).Reads(s_sre, "Check", "Watch", "Delete"));

        Assert.Contains("no RPC Delete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rules_for_one_RPC_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => RpcPolicy.For(Health.Descriptor).Reads(s_sre, "Check").AllowAnonymous("Check"));
    }

    [Fact]
    public void Rules_are_found_by_method_path_and_a_path_without_one_is_not()
    {
        var policies = new RpcPolicies(
        [
            RpcPolicy.For(ServiceStatusService.Descriptor).Reads(s_sre, "GetServiceStatus").Build(),
            RpcPolicy.For(Health.Descriptor).AllowAnonymousEverywhere().Build(),
        ]);

        Assert.Equal(["sre"], policies.Find("/platform.common.v1.ServiceStatusService/GetServiceStatus")!.Roles);
        Assert.True(policies.Find("/grpc.health.v1.Health/Watch")!.IsOpen);
        Assert.Null(policies.Find("/platform.common.v1.ServiceStatusService/Shutdown"));
    }

    [Theory]
    [InlineData(null, null, "Authentication:Authority (a real issuer) or Authentication:SigningKeys")]
    [InlineData("https://issuer.example", "tQdXUMNVOZ/IsXbAahyVf392v8Cy8zt0HuAq7Vj9Z2E=", "must not be set together")]
    [InlineData(null, "c2hvcnQ=", "at least 32 bytes")]
    public void Authentication_settings_without_a_key_source_with_both_or_with_a_short_key_are_refused(string? authority, string? key, string problem)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Authentication:Issuer"] = "https://issuer.example";
        builder.Configuration["Authentication:Audience"] = "cxqa-platform";
        if (authority is not null)
        {
            builder.Configuration["Authentication:Authority"] = authority;
        }

        if (key is not null)
        {
            builder.Configuration["Authentication:SigningKeys:0"] = key;
        }

        builder.AddPlatformSecurity();
        using var services = builder.Services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PlatformAuthenticationOptions>>().Value);

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
