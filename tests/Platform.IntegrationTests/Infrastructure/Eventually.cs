using System.Diagnostics;
using Xunit.Sdk;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>Waits for an asynchronous effect by polling, instead of sleeping a fixed time.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Polls <paramref name="condition"/> until it is true; fails when <paramref name="timeout"/> passes first.</summary>
    public static async Task AssertAsync(Func<Task<bool>> condition, TimeSpan timeout, string? what = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var started = Stopwatch.GetTimestamp();
        while (!await condition())
        {
            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                throw new XunitException($"Not true within {timeout.TotalSeconds:0.#} s: {what ?? "condition"}.");
            }

            await Task.Delay(PollInterval);
        }
    }

    /// <summary>Runs <paramref name="assertion"/> until it stops throwing; after <paramref name="timeout"/> its last failure is thrown.</summary>
    public static async Task AssertAsync(Func<Task> assertion, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                await assertion();
                return;
            }
            catch (Exception) when (Stopwatch.GetElapsedTime(started) <= timeout)
            {
                await Task.Delay(PollInterval);
            }
        }
    }

    /// <summary>
    /// Polls <paramref name="probe"/> until it returns something, retrying failed calls (a service that has not
    /// learned a fact yet refuses it); after <paramref name="timeout"/> fails with <paramref name="what"/> and the last error.
    /// </summary>
    public static async Task<T> FindAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        var started = Stopwatch.GetTimestamp();
        Grpc.Core.RpcException? last = null;
        while (true)
        {
            try
            {
                if (await probe() is { } found)
                {
                    return found;
                }
            }
            catch (Grpc.Core.RpcException ex)
            {
                last = ex;
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                throw new XunitException($"Not found within {timeout.TotalSeconds:0.#} s: {what}." + (last is null ? string.Empty : $" Last error: {last.Status}"));
            }

            await Task.Delay(PollInterval);
        }
    }
}
