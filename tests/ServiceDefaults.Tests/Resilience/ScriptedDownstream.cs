using Grpc.Core;

namespace Platform.ServiceDefaults.Tests.Resilience;

/// <summary>A downstream service that fails with the given codes, in order, then answers.</summary>
internal sealed class ScriptedDownstream<TResponse>(params StatusCode[] failures)
    where TResponse : class, new()
{
    private readonly Queue<StatusCode> _failures = new(failures);

    public int Attempts { get; private set; }

    public List<DateTime?> Deadlines { get; } = [];

    public AsyncUnaryCall<TResponse> Invoke(CallOptions options)
    {
        Attempts++;
        Deadlines.Add(options.Deadline);
        var response = _failures.TryDequeue(out var code)
            ? Task.FromException<TResponse>(new RpcException(new Status(code, $"scripted {code}")))
            : Task.FromResult(new TResponse());
        return new AsyncUnaryCall<TResponse>(response, Task.FromResult(Metadata.Empty), () => Status.DefaultSuccess, () => Metadata.Empty, () => { });
    }
}
