namespace Platform.Messaging.Wakeups;

/// <summary>
/// Tells the deadline scheduler that a deadline now falls due before the moment it planned to look again,
/// so a clock set for 200 ms from now is not fired a whole poll interval late.
/// </summary>
internal sealed class DeadlineWakeup
{
    private readonly WakeSignal _signal = new();
    private long _plannedTicks = long.MaxValue;

    /// <summary>
    /// The scheduler looks again at <paramref name="at"/> unless woken sooner. <see langword="null"/> while it is
    /// still looking: then every commit leaves a signal, so one that lands after its query is seen at once.
    /// </summary>
    public void Plan(DateTimeOffset? at) => Interlocked.Exchange(ref _plannedTicks, at?.UtcTicks ?? long.MaxValue);

    /// <summary>A pending deadline due at <paramref name="dueAt"/> was committed.</summary>
    public void Committed(DateTimeOffset dueAt)
    {
        if (dueAt.UtcTicks < Interlocked.Read(ref _plannedTicks))
        {
            _signal.Notify();
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, time, cancellationToken);
}
