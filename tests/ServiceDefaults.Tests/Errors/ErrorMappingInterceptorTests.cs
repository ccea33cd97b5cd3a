using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.ServiceDefaults.Errors;
using Platform.SharedKernel;

namespace Platform.ServiceDefaults.Tests.Errors;

public sealed class ErrorMappingInterceptorTests
{
    private readonly ErrorMappingInterceptor _interceptor = new(NullLogger<ErrorMappingInterceptor>.Instance);

    [Fact]
    public async Task Invalid_field_becomes_INVALID_ARGUMENT_naming_the_field()
    {
        var error = await CallThrowing(RuleViolationException.Invalid("customer.name", "customer.name is required."));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("customer.name is required.", error.Status.Detail);
        var badRequest = error.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Equal("customer.name", Assert.Single(badRequest.FieldViolations).Field);
    }

    [Fact]
    public async Task Broken_rule_becomes_FAILED_PRECONDITION_with_its_code()
    {
        var error = await CallThrowing(RuleViolationException.Precondition("agreement.not_draft", "agreement.status", "Only a draft can be signed."));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var status = error.GetRpcStatus()!;
        Assert.Equal("agreement.not_draft", status.GetDetail<ErrorInfo>().Reason);
        Assert.Equal("agreement.status", Assert.Single(status.GetDetail<PreconditionFailure>().Violations).Subject);
    }

    [Theory]
    [InlineData(RuleKind.NotFound, StatusCode.NotFound)]
    [InlineData(RuleKind.AlreadyExists, StatusCode.AlreadyExists)]
    [InlineData(RuleKind.ConcurrencyConflict, StatusCode.Aborted)]
    public async Task Each_kind_of_rule_has_its_status(RuleKind kind, StatusCode expected)
    {
        var error = await CallThrowing(new RuleViolationException(kind, "code", "subject", "message"));

        Assert.Equal(expected, error.StatusCode);
    }

    [Fact]
    public async Task Lost_optimistic_concurrency_race_becomes_ABORTED()
    {
        var error = await CallThrowing(new DbUpdateConcurrencyException("row changed"));

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
    }

    [Fact]
    public async Task Unexpected_failure_becomes_INTERNAL_without_its_details()
    {
        var error = await CallThrowing(new InvalidOperationException("secret connection string Password=hunter2"));

        Assert.Equal(StatusCode.Internal, error.StatusCode);
        Assert.DoesNotContain("hunter2", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("reference", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RpcException_from_the_handler_passes_through_unchanged()
    {
        var error = await CallThrowing(new RpcException(new Grpc.Core.Status(StatusCode.PermissionDenied, "no")));

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    private Task<RpcException> CallThrowing(Exception exception) =>
        Assert.ThrowsAsync<RpcException>(() => _interceptor.UnaryServerHandler<string, string>(
            "request",
            new TestServerCallContext("/platform.test.v1.TestService/Do"),
            (_, _) => throw exception));
}
