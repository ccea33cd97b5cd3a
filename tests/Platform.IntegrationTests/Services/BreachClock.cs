namespace Platform.IntegrationTests.Services;

/// <summary>
/// The system clock, moved forward on demand: a deadline months away comes due in a test, while timers (the
/// relay's and the scheduler's polling) still run in real time, which a frozen fake clock would stop.
/// </summary>
internal sealed class BreachClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public void Reset() => Interlocked.Exchange(ref _offsetTicks, 0);
}
