using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Platform.ServiceDefaults.Resilience;

/// <summary>
/// Runs outgoing unary gRPC calls through a Polly pipeline that understands gRPC status codes: every call
/// gets a deadline, each attempt a timeout, a circuit breaker guards the downstream service, and only
/// idempotent calls (reads, and creates that carry a <c>request_id</c>) are retried, on UNAVAILABLE or
/// DEADLINE_EXCEEDED, with jittered exponential back-off.
/// </summary>
public sealed class ResilienceInterceptor : Interceptor
{
    private static readonly string[] s_readPrefixes = ["Get", "List", "Search", "Check"];

    private readonly GrpcResilienceOptions _options;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline _idempotent;
    private readonly ResiliencePipeline _nonIdempotent;

    public ResilienceInterceptor(GrpcResilienceOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        var breaker = new CircuitBreakerStrategyOptions
        {
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerBreakDuration,
            ShouldHandle = new PredicateBuilder().Handle<RpcException>(e => IsTransient(e.StatusCode)).Handle<TimeoutRejectedException>(),
        };
        _idempotent = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = new PredicateBuilder()
                    .Handle<RpcException>(e => e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
                    .Handle<TimeoutRejectedException>(),
            })
            .AddCircuitBreaker(breaker)
            .AddTimeout(options.AttemptTimeout)
            .Build();
        _nonIdempotent = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(breaker)
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request,
        ClientInterceptorContext<TRequest, TResponse> context,
        AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        var options = context.Options.Deadline is null
            ? context.Options.WithDeadline(_time.GetUtcNow().UtcDateTime + _options.DefaultDeadline)
            : context.Options;
        var pipeline = IsIdempotent(context.Method, request) ? _idempotent : _nonIdempotent;
        AsyncUnaryCall<TResponse>? lastCall = null;

        async Task<TResponse> Execute()
        {
            try
            {
                return await pipeline.ExecuteAsync(
                    async ct =>
                    {
                        lastCall?.Dispose();
                        var attempt = new ClientInterceptorContext<TRequest, TResponse>(
                            context.Method, context.Host, options.WithCancellationToken(ct));
                        lastCall = continuation(request, attempt);
                        return await lastCall.ResponseAsync;
                    },
                    options.CancellationToken);
            }
            catch (TimeoutRejectedException ex)
            {
                throw new RpcException(new Status(StatusCode.DeadlineExceeded, $"{context.Method.FullName} timed out.", ex));
            }
            catch (BrokenCircuitException ex)
            {
                throw new RpcException(new Status(StatusCode.Unavailable, $"{context.Method.ServiceName} is unavailable (circuit open).", ex));
            }
        }

        return new AsyncUnaryCall<TResponse>(
            Execute(),
            Task.FromResult(Metadata.Empty),
            () => lastCall?.GetStatus() ?? Status.DefaultSuccess,
            () => lastCall?.GetTrailers() ?? Metadata.Empty,
            () => lastCall?.Dispose());
    }

    /// <summary>Reads are idempotent; so is any request that carries a non-empty <c>request_id</c>.</summary>
    internal static bool IsIdempotent<TRequest, TResponse>(Method<TRequest, TResponse> method, TRequest request)
        where TRequest : class
        where TResponse : class
    {
        if (s_readPrefixes.Any(prefix => method.Name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            return true;
        }

        var requestId = (request as IMessage)?.Descriptor.FindFieldByName("request_id");
        return requestId is not null && requestId.Accessor.GetValue((IMessage)request) is string { Length: > 0 };
    }

    private static bool IsTransient(StatusCode code) =>
        code is StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.ResourceExhausted;
}
