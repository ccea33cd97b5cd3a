using System.Diagnostics;
using Grpc.Core;
using HdrHistogram;
using Platform.LoadGenerator.Scenarios;

namespace Platform.LoadGenerator;

/// <summary>
/// Runs a scenario with <see cref="LoadOptions.Concurrency"/> workers. Closed loop: each worker calls again
/// as soon as its call returns. Open loop: calls are due on a fixed schedule (<see cref="LoadOptions.Rate"/>)
/// and latency counts from when a call was due, not when a worker got to it, so a slow server cannot hide
/// its queueing (coordinated omission).
/// </summary>
internal sealed class LoadRunner(LoadOptions options, IScenario scenario)
{
    private static readonly long s_highestMicros = (long)TimeSpan.FromMinutes(2).TotalMicroseconds;
    private long _nextTicket;

    public async Task<LoadResult> RunAsync(CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + Ticks(options.Warmup);
        var measureUntil = measureFrom + Ticks(options.Duration);
        var workers = Enumerable.Range(0, options.Concurrency)
            .Select(worker => Task.Run(() => WorkAsync(worker, start, measureFrom, measureUntil, cancellationToken), cancellationToken))
            .ToArray();
        var stats = await Task.WhenAll(workers);
        return LoadResult.Merge(options, stats);
    }

    private async Task<WorkerStats> WorkAsync(int worker, long start, long measureFrom, long measureUntil, CancellationToken cancellationToken)
    {
        var stats = new WorkerStats(new LongHistogram(s_highestMicros, 3));
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = options.OpenLoop ? start + Ticks(TimeSpan.FromSeconds(Interlocked.Increment(ref _nextTicket) / options.Rate)) : Stopwatch.GetTimestamp();
            if (due >= measureUntil)
            {
                break;
            }

            if (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due) is { TotalMilliseconds: >= 1 } wait)
            {
                await Task.Delay(wait, cancellationToken);
            }

            string? error = null;
            try
            {
                await scenario.ExecuteAsync(worker, cancellationToken);
            }
            catch (RpcException ex)
            {
                error = ex.StatusCode.ToString();
                stats.FirstError.TryAdd(error, ex.Status.Detail);
            }

            var end = Stopwatch.GetTimestamp();
            if (due < measureFrom)
            {
                continue;
            }

            if (error is null)
            {
                stats.Ok++;
                if (end <= measureUntil)
                {
                    stats.CompletedInWindow++;
                }

                stats.Latency.RecordValue(Math.Min((long)Stopwatch.GetElapsedTime(due, end).TotalMicroseconds, s_highestMicros));
            }
            else
            {
                stats.Errors[error] = stats.Errors.GetValueOrDefault(error) + 1;
            }
        }

        return stats;
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
