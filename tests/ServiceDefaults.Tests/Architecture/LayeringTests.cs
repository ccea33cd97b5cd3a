using System.Reflection;
using NetArchTest.Rules;

namespace Platform.ServiceDefaults.Tests.Architecture;

public sealed class LayeringTests
{
    private static readonly string[] s_frameworks =
        ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "MassTransit", "Grpc", "Google.Protobuf", "Npgsql"];

    public static TheoryData<string> Contexts => ["Agreements", "Complaints", "Assurance", "Disputes"];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Domain_is_plain_CSharp(string context)
    {
        var result = Types.InAssembly(ServiceAssembly(context))
            .That().ResideInNamespace($"Platform.{context}.Domain")
            .ShouldNot().HaveDependencyOnAny(s_frameworks)
            .GetResult();

        Assert.True(result.IsSuccessful, $"Domain types using frameworks: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Grpc_adapters_publish_only_through_the_outbox(string context)
    {
        var result = Types.InAssembly(ServiceAssembly(context))
            .That().ResideInNamespace($"Platform.{context}.Grpc")
            .ShouldNot().HaveDependencyOn("MassTransit")
            .GetResult();

        Assert.True(result.IsSuccessful, $"gRPC types touching the bus: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Agreement_replica_domain_is_plain_CSharp()
    {
        var result = Types.InAssembly(Assembly.Load("Platform.AgreementReplica"))
            .That().ResideInNamespace("Platform.AgreementReplica.Domain")
            .ShouldNot().HaveDependencyOnAny(s_frameworks)
            .GetResult();

        Assert.True(result.IsSuccessful, $"Domain types using frameworks: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Shared_kernel_is_plain_CSharp()
    {
        var result = Types.InAssembly(typeof(SharedKernel.RuleViolationException).Assembly)
            .ShouldNot().HaveDependencyOnAny(s_frameworks)
            .GetResult();

        Assert.True(result.IsSuccessful);
    }

    private static Assembly ServiceAssembly(string context) => Assembly.Load($"Platform.{context}");
}
