using System.Globalization;
using Platform.SharedKernel.Calendar;

namespace Platform.SharedKernel.Tests.Calendar;

/// <summary>Business hours in Berlin with no windows by default; each method adds one thing. Times are "HH:mm", "24:00" for midnight.</summary>
internal sealed class CalendarBuilder
{
    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private readonly List<WorkingWindow> _windows = [];
    private readonly List<DateOnly> _holidays = [];
    private string? _zone = "Europe/Berlin";

    /// <summary>Monday to Friday, 09:00–17:00.</summary>
    public static CalendarBuilder OfficeHours(string zone = "Europe/Berlin") =>
        new CalendarBuilder().InZone(zone).OnWeekdays("09:00", "17:00");

    public CalendarBuilder InZone(string? zone)
    {
        _zone = zone;
        return this;
    }

    public CalendarBuilder On(DayOfWeek day, string start, string end)
    {
        _windows.Add(new WorkingWindow(day, Time(start), Time(end)));
        return this;
    }

    public CalendarBuilder OnWeekdays(string start, string end)
    {
        foreach (var day in Weekdays)
        {
            On(day, start, end);
        }

        return this;
    }

    public CalendarBuilder EveryDay(string start, string end)
    {
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            On(day, start, end);
        }

        return this;
    }

    public CalendarBuilder WithHoliday(int year, int month, int day)
    {
        _holidays.Add(new DateOnly(year, month, day));
        return this;
    }

    public ServiceCalendar Build() => ServiceCalendar.BusinessHours(_zone, _windows, _holidays);

    public static TimeOnly Time(string text) =>
        text == "24:00" ? WorkingWindow.EndOfDay : TimeOnly.ParseExact(text, "HH:mm", CultureInfo.InvariantCulture);
}
