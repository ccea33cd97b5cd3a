using System.Collections.Immutable;

namespace Platform.SharedKernel.Calendar;

/// <summary>
/// The <c>service_calendar</c> term: the time by which the complaint clocks of an agreement count. Either
/// round the clock, or business hours: an IANA time zone, a weekly schedule of working windows in that
/// zone's local time, and holidays (local dates on which no time counts). Immutable, compared by value.
/// </summary>
public sealed partial class ServiceCalendar : IEquatable<ServiceCalendar>
{
    /// <summary>Most working windows a weekly schedule may have.</summary>
    public const int MaxWindows = 70;

    /// <summary>Most holiday dates a calendar may have (about 13 years of every day).</summary>
    public const int MaxHolidays = 5000;

    private const int MaxTimeZoneIdLength = 64;

    private readonly TimeZoneInfo? _zone;
    private readonly ImmutableArray<WorkingWindow>[] _windowsByDay;

    private ServiceCalendar(TimeZoneInfo? zone, ImmutableArray<WorkingWindow> weeklySchedule, ImmutableSortedSet<DateOnly> holidays)
    {
        _zone = zone;
        WeeklySchedule = weeklySchedule;
        Holidays = holidays;
        _windowsByDay = Enum.GetValues<DayOfWeek>()
            .Select(day => weeklySchedule.Where(window => window.DayOfWeek == day).ToImmutableArray())
            .ToArray();
    }

    /// <summary>Every hour counts.</summary>
    public static ServiceCalendar RoundTheClock { get; } = new(null, [], []);

    public ServiceCalendarKind Kind => _zone is null ? ServiceCalendarKind.RoundTheClock : ServiceCalendarKind.BusinessHours;

    /// <summary>The IANA time zone of business hours (its canonical spelling), or null round the clock.</summary>
    public string? TimeZoneId => _zone?.Id;

    /// <summary>The working windows, ordered Monday to Sunday and by start; empty round the clock.</summary>
    public ImmutableArray<WorkingWindow> WeeklySchedule { get; }

    /// <summary>Local dates on which no time counts; empty round the clock.</summary>
    public ImmutableSortedSet<DateOnly> Holidays { get; }

    /// <summary>
    /// Business hours. Checks every field and names a bad one (as on the wire, under
    /// <c>terms.service_calendar.business_hours</c>) in the INVALID_ARGUMENT it raises.
    /// </summary>
    public static ServiceCalendar BusinessHours(string? timeZoneId, IEnumerable<WorkingWindow>? weeklySchedule, IEnumerable<DateOnly>? holidays = null)
    {
        var zone = FindTimeZone(timeZoneId);
        var schedule = CheckedSchedule(weeklySchedule?.ToList() ?? []);
        var holidaySet = (holidays ?? []).ToImmutableSortedSet();
        if (holidaySet.Count > MaxHolidays)
        {
            throw RuleViolationException.Invalid(CalendarFields.Holidays, $"{CalendarFields.Holidays} may list at most {MaxHolidays} dates, not {holidaySet.Count}.");
        }

        return new ServiceCalendar(zone, schedule, holidaySet);
    }

    public bool Equals(ServiceCalendar? other) =>
        other is not null
        && string.Equals(TimeZoneId, other.TimeZoneId, StringComparison.Ordinal)
        && WeeklySchedule.SequenceEqual(other.WeeklySchedule)
        && Holidays.SequenceEqual(other.Holidays);

    public override bool Equals(object? obj) => Equals(obj as ServiceCalendar);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(TimeZoneId, StringComparer.Ordinal);
        foreach (var window in WeeklySchedule)
        {
            hash.Add(window);
        }

        foreach (var holiday in Holidays)
        {
            hash.Add(holiday);
        }

        return hash.ToHashCode();
    }

    public static bool operator ==(ServiceCalendar? left, ServiceCalendar? right) => left?.Equals(right) ?? right is null;

    public static bool operator !=(ServiceCalendar? left, ServiceCalendar? right) => !(left == right);

    public override string ToString() => _zone is null
        ? "round the clock"
        : $"business hours in {TimeZoneId}: {string.Join(", ", WeeklySchedule)}; {Holidays.Count} holidays";

    private static TimeZoneInfo FindTimeZone(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            throw RuleViolationException.Invalid(CalendarFields.TimeZone, $"{CalendarFields.TimeZone} is required for business hours: an IANA time zone such as Europe/Berlin.");
        }

        // Ids are looked up as file names under the zoneinfo directory: only let plausible names through.
        var plausible = timeZoneId.Length <= MaxTimeZoneIdLength
            && timeZoneId.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+')
            && !timeZoneId.StartsWith('/');
        if (!plausible || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) || !zone.HasIanaId)
        {
            var shown = timeZoneId.Length <= MaxTimeZoneIdLength ? timeZoneId : timeZoneId[..MaxTimeZoneIdLength] + "…";
            throw RuleViolationException.Invalid(CalendarFields.TimeZone, $"{CalendarFields.TimeZone} '{shown}' is not a known IANA time zone (such as Europe/Berlin or Asia/Shanghai).");
        }

        return zone;
    }

    private static ImmutableArray<WorkingWindow> CheckedSchedule(List<WorkingWindow> windows)
    {
        if (windows.Count == 0)
        {
            throw RuleViolationException.Invalid(CalendarFields.WeeklySchedule, $"{CalendarFields.WeeklySchedule} must have at least one working window for business hours.");
        }

        if (windows.Count > MaxWindows)
        {
            throw RuleViolationException.Invalid(CalendarFields.WeeklySchedule, $"{CalendarFields.WeeklySchedule} may have at most {MaxWindows} working windows, not {windows.Count}.");
        }

        for (var i = 0; i < windows.Count; i++)
        {
            if (!Enum.IsDefined(windows[i].DayOfWeek))
            {
                var field = CalendarFields.Window(i, "day_of_week");
                throw RuleViolationException.Invalid(field, $"{field} must be a day from Monday to Sunday.");
            }

            if (windows[i].EndOfWindow <= windows[i].StartOfWindow)
            {
                var field = CalendarFields.Window(i, "end");
                throw RuleViolationException.Invalid(field, $"{field} must be after the start of the window ({windows[i]}); end at 24:00 for midnight, and split a night shift at midnight.");
            }
        }

        var ordered = windows
            .Select((window, index) => (Window: window, Index: index))
            .OrderBy(item => ((int)item.Window.DayOfWeek + 6) % 7)
            .ThenBy(item => item.Window.Start)
            .ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (previous, current) = (ordered[i - 1], ordered[i]);
            if (previous.Window.DayOfWeek == current.Window.DayOfWeek && current.Window.StartOfWindow < previous.Window.EndOfWindow)
            {
                var later = Math.Max(previous.Index, current.Index);
                var earlier = Math.Min(previous.Index, current.Index);
                var field = $"{CalendarFields.WeeklySchedule}[{later}]";
                throw RuleViolationException.Invalid(field, $"{field} ({windows[later]}) overlaps {CalendarFields.WeeklySchedule}[{earlier}] ({windows[earlier]}).");
            }
        }

        return [.. ordered.Select(item => item.Window)];
    }
}
