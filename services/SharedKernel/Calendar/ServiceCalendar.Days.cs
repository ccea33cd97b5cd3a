namespace Platform.SharedKernel.Calendar;

public sealed partial class ServiceCalendar
{
    /// <summary>The calendar date at <paramref name="instant"/> in the calendar's time zone (UTC round the clock).</summary>
    public DateOnly DateAt(DateTimeOffset instant) =>
        _zone is null
            ? DateOnly.FromDateTime(instant.UtcDateTime)
            : DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(instant.UtcDateTime, _zone));

    /// <summary>
    /// The first instant of <paramref name="date"/> in the calendar's time zone (UTC round the clock): local
    /// midnight, or the moment of the jump where the clocks skip midnight.
    /// </summary>
    public DateTimeOffset StartOfDay(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return _zone is null
            ? new DateTimeOffset(midnight, TimeSpan.Zero)
            : new DateTimeOffset(ZoneTime.ToUtc(_zone, midnight), TimeSpan.Zero);
    }
}
