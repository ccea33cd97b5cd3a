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
}
