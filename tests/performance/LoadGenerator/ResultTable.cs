using System.Globalization;

namespace Platform.LoadGenerator;

/// <summary>A result as a short table for a terminal.</summary>
internal static class ResultTable
{
    public static void Write(TextWriter output, LoadResult result)
    {
        var culture = CultureInfo.InvariantCulture;
        var rate = result.TargetRate > 0 ? result.TargetRate.ToString("0", culture) : "max";
        var errors = result.ErrorCount == 0 ? "0" : string.Join(" ", result.Errors.Select(e => $"{e.Key}:{e.Value}"));
        var latency = result.LatencyMs;
        output.WriteLine(string.Create(culture, $"{"scenario",-18} {"conc",5} {"rate",7} {"req/s",10} {"ok",9} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"p99.9 ms",9} {"max ms",8}  errors"));
        output.WriteLine(string.Create(culture, $"{result.Scenario,-18} {result.Concurrency,5} {rate,7} {result.Throughput,10:0.0} {result.Ok,9} {latency.P50,8:0.00} {latency.P90,8:0.00} {latency.P99,8:0.00} {latency.P999,9:0.00} {latency.Max,8:0.00}  {errors}"));
        foreach (var (status, detail) in result.ErrorSamples)
        {
            output.WriteLine($"  first {status}: {detail}");
        }
    }
}
