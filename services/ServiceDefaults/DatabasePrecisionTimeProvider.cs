namespace Platform.ServiceDefaults;

/// <summary>
/// The system clock cut to whole microseconds, the precision PostgreSQL keeps. Taking "now" at that
/// precision makes what a write returns equal to what a later read returns.
/// </summary>
public sealed class DatabasePrecisionTimeProvider(TimeProvider inner) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => ToDatabasePrecision(inner.GetUtcNow());

    public override long GetTimestamp() => inner.GetTimestamp();

    /// <summary>Cuts a time to whole microseconds; cutting keeps order, so bounds and stored times compare alike.</summary>
    public static DateTimeOffset ToDatabasePrecision(DateTimeOffset time) =>
        time.AddTicks(-(time.UtcTicks % TimeSpan.TicksPerMicrosecond));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
