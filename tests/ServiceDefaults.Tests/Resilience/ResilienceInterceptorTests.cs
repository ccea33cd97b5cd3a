using Grpc.Core;
using Grpc.Core.Interceptors;
using Platform.Contracts.Agreements.V1;
using Platform.ServiceDefaults.Resilience;

namespace Platform.ServiceDefaults.Tests.Resilience;

public sealed class ResilienceInterceptorTests
{
    private static readonly GrpcResilienceOptions s_fastOptions = new()
    {
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryAttempts = 3,
        BreakerMinimumThroughput = 100,
    };

    private readonly ResilienceInterceptor _interceptor = new(s_fastOptions, TimeProvider.System);

    [Fact]
    public async Task Read_failing_with_UNAVAILABLE_is_retried_until_it_succeeds()
    {
        var downstream = new ScriptedDownstream<GetAgreementResponse>(StatusCode.Unavailable, StatusCode.Unavailable);

        var response = await Call(Method<GetAgreementRequest, GetAgreementResponse>("GetAgreement"), new GetAgreementRequest(), downstream);

        Assert.NotNull(response);
        Assert.Equal(3, downstream.Attempts);
    }

    [Fact]
    public async Task Create_with_a_request_id_is_retried()
    {
        var downstream = new ScriptedDownstream<CreateAgreementResponse>(StatusCode.DeadlineExceeded);

        await Call(Method<CreateAgreementRequest, CreateAgreementResponse>("CreateAgreement"), new CreateAgreementRequest { RequestId = Guid.NewGuid().ToString() }, downstream);

        Assert.Equal(2, downstream.Attempts);
    }

    [Fact]
    public async Task Change_without_a_request_id_is_not_retried()
    {
        var downstream = new ScriptedDownstream<SignAgreementResponse>(StatusCode.Unavailable);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Call(Method<SignAgreementRequest, SignAgreementResponse>("SignAgreement"), new SignAgreementRequest(), downstream));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(1, downstream.Attempts);
    }

    [Fact]
    public async Task Caller_errors_are_not_retried()
    {
        var downstream = new ScriptedDownstream<GetAgreementResponse>(StatusCode.InvalidArgument);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            Call(Method<GetAgreementRequest, GetAgreementResponse>("GetAgreement"), new GetAgreementRequest(), downstream));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(1, downstream.Attempts);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_attempts()
    {
        var downstream = new ScriptedDownstream<GetAgreementResponse>(Enumerable.Repeat(StatusCode.Unavailable, 10).ToArray());

        await Assert.ThrowsAsync<RpcException>(() =>
            Call(Method<GetAgreementRequest, GetAgreementResponse>("GetAgreement"), new GetAgreementRequest(), downstream));

        Assert.Equal(1 + s_fastOptions.MaxRetryAttempts, downstream.Attempts);
    }

    [Fact]
    public async Task Call_without_a_deadline_gets_the_default_one()
    {
        var downstream = new ScriptedDownstream<GetAgreementResponse>();

        await Call(Method<GetAgreementRequest, GetAgreementResponse>("GetAgreement"), new GetAgreementRequest(), downstream);

        var deadline = Assert.Single(downstream.Deadlines);
        Assert.NotNull(deadline);
        Assert.InRange(deadline.Value - DateTime.UtcNow, TimeSpan.FromSeconds(1), s_fastOptions.DefaultDeadline);
    }

    [Fact]
    public async Task Circuit_opens_after_repeated_failures_and_fails_fast_as_UNAVAILABLE()
    {
        var interceptor = new ResilienceInterceptor(
            new GrpcResilienceOptions { MaxRetryAttempts = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(1), BreakerMinimumThroughput = 2, BreakerBreakDuration = TimeSpan.FromMinutes(1) },
            TimeProvider.System);
        var method = Method<SignAgreementRequest, SignAgreementResponse>("SignAgreement");
        var failing = new ScriptedDownstream<SignAgreementResponse>(StatusCode.Unavailable, StatusCode.Unavailable, StatusCode.Unavailable);
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<RpcException>(() => Call(interceptor, method, new SignAgreementRequest(), failing));
        }

        var healthy = new ScriptedDownstream<SignAgreementResponse>();
        var error = await Assert.ThrowsAsync<RpcException>(() => Call(interceptor, method, new SignAgreementRequest(), healthy));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(0, healthy.Attempts);
    }

    private Task<TResponse> Call<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request, ScriptedDownstream<TResponse> downstream)
        where TRequest : class
        where TResponse : class, new() =>
        Call(_interceptor, method, request, downstream);

    private static async Task<TResponse> Call<TRequest, TResponse>(ResilienceInterceptor interceptor, Method<TRequest, TResponse> method, TRequest request, ScriptedDownstream<TResponse> downstream)
        where TRequest : class
        where TResponse : class, new()
    {
        using var call = interceptor.AsyncUnaryCall(
            request,
            new ClientInterceptorContext<TRequest, TResponse>(method, null, new CallOptions()),
            (_, context) => downstream.Invoke(context.Options));
        return await call.ResponseAsync;
    }

    private static Method<TRequest, TResponse> Method<TRequest, TResponse>(string name)
        where TRequest : class
        where TResponse : class =>
        new(MethodType.Unary, "platform.agreements.v1.AgreementsService", name,
            Marshallers.Create<TRequest>(_ => [], _ => null!), Marshallers.Create<TResponse>(_ => [], _ => null!));
}
