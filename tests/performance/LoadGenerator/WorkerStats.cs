using HdrHistogram;

namespace Platform.LoadGenerator;

/// <summary>One worker's counts and latencies (microseconds), merged when the run ends.</summary>
internal sealed class WorkerStats(LongHistogram latency)
{
    public LongHistogram Latency { get; } = latency;

    public long Ok { get; set; }

    /// <summary>Successful calls that ended inside the measured window: the throughput.</summary>
    public long CompletedInWindow { get; set; }

    public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The first message of each error status, to say what went wrong.</summary>
    public Dictionary<string, string> FirstError { get; } = new(StringComparer.Ordinal);
}
