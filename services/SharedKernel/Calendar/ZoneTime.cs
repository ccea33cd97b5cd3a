namespace Platform.SharedKernel.Calendar;

/// <summary>Turns a wall-clock time of a time zone into a UTC instant, across daylight-saving changes.</summary>
internal static class ZoneTime
{
    /// <summary>
    /// The first instant at which the zone's clock reads <paramref name="local"/> or later. A time the clocks
    /// pass twice (they go back) is its first occurrence; a time they skip (they jump forward) is the moment
    /// of the jump. The mapping never goes backwards, so windows keep their order and never overlap in UTC,
    /// and adjacent windows stay adjacent.
    /// </summary>
    public static DateTime ToUtc(TimeZoneInfo zone, DateTime local)
    {
        var nominal = DateTime.SpecifyKind(local, DateTimeKind.Utc);
        TimeSpan[] offsets =
        [
            zone.GetUtcOffset(nominal.AddDays(-1)),
            zone.GetUtcOffset(nominal),
            zone.GetUtcOffset(nominal.AddDays(1)),
        ];
        DateTime? first = null;
        foreach (var offset in offsets)
        {
            var candidate = nominal - offset;
            if (LocalAt(zone, candidate) == local && (first is null || candidate < first))
            {
                first = candidate;
            }
        }

        return first ?? MomentOfJumpPast(zone, local, nominal - offsets.Max(), nominal - offsets.Min());
    }

    /// <summary>Binary search, inside a skipped stretch, for the first instant whose clock reads at least <paramref name="local"/>.</summary>
    private static DateTime MomentOfJumpPast(TimeZoneInfo zone, DateTime local, DateTime low, DateTime high)
    {
        while (low < high)
        {
            var middle = low.AddTicks((high.Ticks - low.Ticks) / 2);
            if (LocalAt(zone, middle) >= local)
            {
                high = middle;
            }
            else
            {
                low = middle.AddTicks(1);
            }
        }

        return low;
    }

    private static DateTime LocalAt(TimeZoneInfo zone, DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
}
