using System.Globalization;

namespace Platform.SharedKernel.Calendar;

/// <summary>
/// Working hours on one day of the week, in the calendar's local time, from <see cref="Start"/> up to (not
/// including) <see cref="End"/>. An <see cref="End"/> of 00:00 means midnight at the end of the day (24:00),
/// so 00:00–00:00 is the whole day; a shift across midnight is two windows (Mon 22:00–24:00, Tue 00:00–06:00).
/// </summary>
public readonly record struct WorkingWindow(DayOfWeek DayOfWeek, TimeOnly Start, TimeOnly End)
{
    /// <summary>The <see cref="End"/> that means 24:00, the midnight ending the day.</summary>
    public static TimeOnly EndOfDay => TimeOnly.MinValue;

    /// <summary>Whether the window runs until midnight at the end of its day (24:00).</summary>
    public bool EndsAtMidnight => End == EndOfDay;

    /// <summary>The start as time since local midnight.</summary>
    internal TimeSpan StartOfWindow => Start.ToTimeSpan();

    /// <summary>The end as time since local midnight: 24 hours for a window ending at midnight.</summary>
    internal TimeSpan EndOfWindow => EndsAtMidnight ? TimeSpan.FromDays(1) : End.ToTimeSpan();

    public override string ToString() =>
        $"{DayOfWeek} {Format(Start)}–{(EndsAtMidnight ? "24:00" : Format(End))}";

    private static string Format(TimeOnly time) =>
        time.ToString(time.Ticks % TimeSpan.TicksPerMinute == 0 ? "HH:mm" : "HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
}
