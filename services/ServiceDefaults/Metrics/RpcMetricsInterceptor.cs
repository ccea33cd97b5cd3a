using System.Diagnostics;
using System.Diagnostics.Metrics;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Platform.ServiceDefaults.Metrics;

/// <summary>
/// <c>platform.rpc.server.duration</c>: every unary and streaming call's duration by service, method and gRPC status
/// code. ASP.NET Core's own request metric sees HTTP 200 for every gRPC call, failed or not; this one tells the
/// error ratio and the latency per RPC. Runs outermost, so refusals by the policy count too.
/// </summary>
internal sealed class RpcMetricsInterceptor : Interceptor
{
    private readonly Histogram<double> _duration;

    public RpcMetricsInterceptor(IMeterFactory meters) =>
        _duration = meters.Create(PlatformMetrics.MeterName).CreateHistogram<double>(
            "platform.rpc.server.duration", "s", "Duration of gRPC calls handled, by service, method and status code",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        MeasureAsync(context, () => continuation(request, context));

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        MeasureAsync(context, () => continuation(requestStream, context));

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        MeasureAsync(context, async () => { await continuation(request, responseStream, context); return true; });

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        MeasureAsync(context, async () => { await continuation(requestStream, responseStream, context); return true; });

    private async Task<T> MeasureAsync<T>(ServerCallContext context, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        var status = StatusCode.Unknown;
        try
        {
            var response = await call();
            status = context.Status.StatusCode;
            return response;
        }
        catch (RpcException ex)
        {
            status = ex.StatusCode;
            throw;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            status = StatusCode.Cancelled;
            throw;
        }
        finally
        {
            Record(context.Method, status, Stopwatch.GetElapsedTime(started));
        }
    }

    private void Record(string method, StatusCode status, TimeSpan elapsed)
    {
        // "/platform.complaints.v1.ComplaintsService/FileComplaint" → service and method.
        var slash = method.LastIndexOf('/');
        var tags = new TagList
        {
            { "rpc.service", slash > 0 ? method[1..slash] : method },
            { "rpc.method", slash >= 0 ? method[(slash + 1)..] : method },
            { "rpc.grpc.status_code", ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        _duration.Record(elapsed.TotalSeconds, tags);
    }
}
