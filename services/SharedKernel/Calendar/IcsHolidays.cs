using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Platform.SharedKernel.Calendar;

/// <summary>
/// Reads holiday dates from an iCalendar (RFC 5545) file, as exported by the usual calendar apps. Each
/// all-day VEVENT of the file is a holiday on every date from its <c>DTSTART;VALUE=DATE</c> up to (not
/// including) its <c>DTEND;VALUE=DATE</c>, or for its <c>DURATION</c> in days or weeks, or for one day.
/// Cancelled events are left out; other components (VTIMEZONE, VTODO, …) and properties are ignored.
/// Refused, naming the line: a timed event (a holiday is a whole local date), a repeating event (RRULE,
/// RDATE, EXRULE, EXDATE: list each date as its own event instead), and anything malformed.
/// </summary>
public static partial class IcsHolidays
{
    /// <summary>Largest file accepted, in characters.</summary>
    public const int MaxLength = 1024 * 1024;

    /// <summary>Longest single event, in days.</summary>
    public const int MaxEventDays = 366;

    private static readonly string[] RecurrenceProperties = ["RRULE", "RDATE", "EXRULE", "EXDATE"];

    /// <summary>The holiday dates of the file; INVALID_ARGUMENT on <c>terms.service_calendar.business_hours.holidays_ical</c> when it cannot be read.</summary>
    public static ImmutableSortedSet<DateOnly> Parse(string? icsContent)
    {
        if (string.IsNullOrWhiteSpace(icsContent))
        {
            throw Invalid("is empty: expected an iCalendar file beginning with BEGIN:VCALENDAR.");
        }

        if (icsContent.Length > MaxLength)
        {
            throw Invalid($"is {icsContent.Length} characters long; at most {MaxLength} are accepted.");
        }

        var holidays = ImmutableSortedSet.CreateBuilder<DateOnly>();
        var open = new Stack<(string Name, int LineNumber)>();
        HolidayEvent? holiday = null;
        var sawCalendar = false;
        foreach (var line in ICalendarContentLine.Read(icsContent))
        {
            if (open.Count == 0 && !IsBegin(line, "VCALENDAR"))
            {
                throw ICalendarContentLine.Invalid(line.LineNumber, $"expected BEGIN:VCALENDAR, found '{ICalendarContentLine.Shorten(line.Name + ":" + line.Value)}'.");
            }

            switch (line.Name)
            {
                case "BEGIN":
                    var component = line.Value.Trim().ToUpperInvariant();
                    if (component == "VCALENDAR" && open.Count > 0)
                    {
                        throw ICalendarContentLine.Invalid(line.LineNumber, $"BEGIN:VCALENDAR inside {open.Peek().Name} begun at line {open.Peek().LineNumber}.");
                    }

                    sawCalendar |= component == "VCALENDAR";
                    if (component == "VEVENT" && open.Count == 1)
                    {
                        holiday = new HolidayEvent(line.LineNumber);
                    }

                    open.Push((component, line.LineNumber));
                    break;
                case "END":
                    var closed = line.Value.Trim().ToUpperInvariant();
                    if (open.Count == 0 || open.Peek().Name != closed)
                    {
                        throw ICalendarContentLine.Invalid(line.LineNumber, open.Count == 0
                            ? $"END:{closed} closes nothing."
                            : $"END:{closed} does not close {open.Peek().Name} begun at line {open.Peek().LineNumber}.");
                    }

                    open.Pop();
                    if (closed == "VEVENT" && open.Count == 1)
                    {
                        AddDates(holiday!, holidays);
                        holiday = null;
                    }

                    break;
                default:
                    if (holiday is not null && open.Count == 2)
                    {
                        Read(line, holiday);
                    }

                    break;
            }
        }

        if (open.Count > 0)
        {
            throw Invalid($"ends inside {open.Peek().Name} begun at line {open.Peek().LineNumber}: END:{open.Peek().Name} is missing.");
        }

        return sawCalendar ? holidays.ToImmutable() : throw Invalid("has no BEGIN:VCALENDAR.");
    }

    private static bool IsBegin(ICalendarContentLine line, string component) =>
        line.Name == "BEGIN" && line.Value.Trim().Equals(component, StringComparison.OrdinalIgnoreCase);

    private static void Read(ICalendarContentLine line, HolidayEvent holiday)
    {
        if (RecurrenceProperties.Contains(line.Name))
        {
            throw ICalendarContentLine.Invalid(line.LineNumber, $"the event begun at line {holiday.LineNumber} repeats ({line.Name}); repeating events are not supported: list each holiday date as its own event.");
        }

        switch (line.Name)
        {
            case "DTSTART":
                holiday.Start = holiday.Start is null ? Date(line) : throw Twice(line, holiday);
                break;
            case "DTEND":
                holiday.End = holiday.End is null && holiday.Days is null ? Date(line) : throw Twice(line, holiday);
                break;
            case "DURATION":
                holiday.Days = holiday.End is null && holiday.Days is null ? Days(line) : throw Twice(line, holiday);
                break;
            case "STATUS":
                holiday.Cancelled = line.Value.Trim().Equals("CANCELLED", StringComparison.OrdinalIgnoreCase);
                break;
        }
    }

    private static DateOnly Date(ICalendarContentLine line)
    {
        var value = line.Value.Trim();
        var declared = line.Parameters.GetValueOrDefault("VALUE");
        if ((declared is not null && !declared.Equals("DATE", StringComparison.OrdinalIgnoreCase)) || DateTimeValue().IsMatch(value))
        {
            throw ICalendarContentLine.Invalid(line.LineNumber, $"{line.Name} '{ICalendarContentLine.Shorten(value)}' is a date-time; a holiday is a whole local date ({line.Name};VALUE=DATE:YYYYMMDD).");
        }

        return value.Length == 8 && DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw ICalendarContentLine.Invalid(line.LineNumber, $"{line.Name} '{ICalendarContentLine.Shorten(value)}' is not a valid date (YYYYMMDD).");
    }

    private static int Days(ICalendarContentLine line)
    {
        var match = WholeDays().Match(line.Value.Trim());
        return match.Success && match.Groups["count"].Value.Any(digit => digit != '0')
            ? int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture) * (match.Groups["unit"].Value is "W" or "w" ? 7 : 1)
            : throw ICalendarContentLine.Invalid(line.LineNumber, $"DURATION '{ICalendarContentLine.Shorten(line.Value)}' must be a positive number of whole days or weeks (such as P1D or P1W) for an all-day holiday.");
    }

    private static void AddDates(HolidayEvent holiday, ImmutableSortedSet<DateOnly>.Builder holidays)
    {
        if (holiday.Cancelled)
        {
            return;
        }

        var start = holiday.Start ?? throw Invalid($"has an event begun at line {holiday.LineNumber} without DTSTART.");
        if (holiday.End < start)
        {
            throw Invalid($"has an event begun at line {holiday.LineNumber} whose DTEND is before its DTSTART.");
        }

        // DTEND is exclusive; an end equal to the start (which RFC 5545 forbids) is read as one day.
        var days = holiday.End is { } end ? Math.Max(1, end.DayNumber - start.DayNumber) : holiday.Days ?? 1;
        if (days > MaxEventDays || start.DayNumber + days > DateOnly.MaxValue.DayNumber)
        {
            throw Invalid($"has an event begun at line {holiday.LineNumber} lasting {days} days; at most {MaxEventDays} are accepted.");
        }

        for (var day = 0; day < days; day++)
        {
            holidays.Add(start.AddDays(day));
        }

        if (holidays.Count > ServiceCalendar.MaxHolidays)
        {
            throw Invalid($"has more than {ServiceCalendar.MaxHolidays} holiday dates.");
        }
    }

    private static RuleViolationException Twice(ICalendarContentLine line, HolidayEvent holiday) =>
        ICalendarContentLine.Invalid(line.LineNumber, $"the event begun at line {holiday.LineNumber} already has {(line.Name == "DTSTART" ? "a DTSTART" : "a DTEND or DURATION")}.");

    private static RuleViolationException Invalid(string problem) =>
        RuleViolationException.Invalid(CalendarFields.HolidaysICal, $"{CalendarFields.HolidaysICal} {problem}");

    [GeneratedRegex(@"^\+?P(?<count>[0-9]{1,4})(?<unit>[DW])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeDays();

    [GeneratedRegex(@"^[0-9]{8}T[0-9]{6}Z?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeValue();

    private sealed class HolidayEvent(int lineNumber)
    {
        public int LineNumber { get; } = lineNumber;

        public DateOnly? Start { get; set; }

        public DateOnly? End { get; set; }

        public int? Days { get; set; }

        public bool Cancelled { get; set; }
    }
}
