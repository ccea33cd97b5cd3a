using System.Threading.Channels;

namespace Platform.Messaging.Wakeups;

/// <summary>
/// Wakes one waiting background loop early. A signal given while nobody waits is kept (at most one), so a
/// commit that lands between the loop's last look and its wait is not missed.
/// </summary>
internal sealed class WakeSignal
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Notify() => _signals.Writer.TryWrite(true);

    /// <summary>Waits for a signal or until <paramref name="timeout"/> passes; returns whether a signal came.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (_signals.Reader.TryRead(out _))
        {
            return true;
        }

        if (timeout <= TimeSpan.Zero)
        {
            return false;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signal = _signals.Reader.WaitToReadAsync(stop.Token).AsTask();
        var delay = Task.Delay(timeout, time, stop.Token);
        await Task.WhenAny(signal, delay).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return _signals.Reader.TryRead(out _);
    }
}
