using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Platform.OfficerConsole.Components;

/// <summary>
/// A page that reads its data again every <see cref="ConsoleOptions.RefreshInterval"/> while it is open, so changes
/// made by others show without a reload; its calls end when the person leaves the page.
/// </summary>
public abstract class RefreshingPage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _leaving = new();

    /// <summary>Cancelled when the person leaves the page: pass it to every call.</summary>
    protected CancellationToken Leaving => _leaving.Token;

    /// <summary>Whether the person has left (a call that failed then needs no message).</summary>
    protected bool HasLeft => _leaving.IsCancellationRequested;

    [Inject]
    protected TimeProvider Time { get; set; } = default!;

    [Inject]
    private IOptions<ConsoleOptions> Options { get; set; } = default!;

    public void Dispose()
    {
        _leaving.Cancel();
        _leaving.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the refreshes; call once the first read is done.</summary>
    protected void StartRefreshing() => _ = RefreshLoopAsync();

    /// <summary>One refresh: read again (the page renders afterwards).</summary>
    protected abstract Task RefreshAsync();

    private async Task RefreshLoopAsync()
    {
        using var timer = new PeriodicTimer(Options.Value.RefreshInterval, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(_leaving.Token))
            {
                await RefreshAsync();
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException)
        {
            // The person left the page.
        }
        catch (ObjectDisposedException)
        {
            // The page was disposed between two ticks.
        }
    }
}
