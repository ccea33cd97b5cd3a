using HdrHistogram;

namespace Platform.LoadGenerator;

/// <summary>The outcome of one run, as printed and written to JSON. Latencies in milliseconds.</summary>
internal sealed record LoadResult(
    string Scenario,
    string Target,
    int Concurrency,
    double TargetRate,
    double DurationSeconds,
    double WarmupSeconds,
    double Throughput,
    long Ok,
    long ErrorCount,
    IReadOnlyDictionary<string, long> Errors,
    IReadOnlyDictionary<string, string> ErrorSamples,
    LatencySummary LatencyMs)
{
    public string? AgreementId { get; init; }

    public static LoadResult Merge(LoadOptions options, IReadOnlyCollection<WorkerStats> workers)
    {
        var latency = workers.First().Latency.Copy();
        foreach (var worker in workers.Skip(1))
        {
            latency.Add(worker.Latency);
        }

        var errors = workers.SelectMany(w => w.Errors).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Value), StringComparer.Ordinal);
        var samples = workers.SelectMany(w => w.FirstError).DistinctBy(e => e.Key).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        return new LoadResult(
            options.Scenario,
            options.Target.ToString(),
            options.Concurrency,
            options.Rate,
            options.Duration.TotalSeconds,
            options.Warmup.TotalSeconds,
            workers.Sum(w => w.CompletedInWindow) / options.Duration.TotalSeconds,
            workers.Sum(w => w.Ok),
            errors.Values.Sum(),
            errors,
            samples,
            LatencySummary.Of(latency));
    }
}

/// <summary>Percentiles of the successful calls, in milliseconds.</summary>
internal sealed record LatencySummary(double Mean, double P50, double P90, double P99, double P999, double Max)
{
    public static LatencySummary Of(HistogramBase micros) => micros.TotalCount == 0
        ? new LatencySummary(0, 0, 0, 0, 0, 0)
        : new LatencySummary(
            Ms(micros.GetMean()),
            Ms(micros.GetValueAtPercentile(50)),
            Ms(micros.GetValueAtPercentile(90)),
            Ms(micros.GetValueAtPercentile(99)),
            Ms(micros.GetValueAtPercentile(99.9)),
            Ms(micros.GetMaxValue()));

    private static double Ms(double micros) => Math.Round(micros / 1000, 3);
}
