using System.Globalization;
using Platform.SharedKernel.Calendar;
using Platform.SharedKernel;
using Proto = Platform.Contracts.Agreements.V1;

namespace Platform.Agreements.Grpc;

internal static class CalendarMapping
{
    private const string Field = "terms.service_calendar";

    public static ServiceCalendar? ToDomain(this Proto.ServiceCalendar? calendar)
    {
        switch (calendar?.KindCase)
        {
            case null or Proto.ServiceCalendar.KindOneofCase.None:
                return null;
            case Proto.ServiceCalendar.KindOneofCase.RoundTheClock:
                return ServiceCalendar.RoundTheClock;
        }

        var hours = calendar.BusinessHours;
        var windows = hours.WeeklySchedule.Select((window, i) => new WorkingWindow(
            Day(window.DayOfWeek, $"{Field}.business_hours.weekly_schedule[{i}].day_of_week"),
            Time(window.Start, $"{Field}.business_hours.weekly_schedule[{i}].start", allowEndOfDay: false),
            Time(window.End, $"{Field}.business_hours.weekly_schedule[{i}].end", allowEndOfDay: true)));
        var holidays = hours.Holidays.Select((date, i) => Date(date, $"{Field}.business_hours.holidays[{i}]")).ToList();
        if (hours.HolidaysIcal.Length > 0)
        {
            holidays.AddRange(IcsHolidays.Parse(hours.HolidaysIcal));
        }

        return ServiceCalendar.BusinessHours(hours.TimeZone, windows.ToList(), holidays);
    }

    public static Proto.ServiceCalendar ToProto(this ServiceCalendar calendar)
    {
        if (calendar.Kind == ServiceCalendarKind.RoundTheClock)
        {
            return new Proto.ServiceCalendar { RoundTheClock = new Proto.RoundTheClock() };
        }

        return new Proto.ServiceCalendar
        {
            BusinessHours = new Proto.BusinessHours
            {
                TimeZone = calendar.TimeZoneId,
                WeeklySchedule =
                {
                    calendar.WeeklySchedule.Select(w => new Proto.WorkingWindow
                    {
                        DayOfWeek = w.DayOfWeek == DayOfWeek.Sunday ? Proto.DayOfWeek.Sunday : (Proto.DayOfWeek)(int)w.DayOfWeek,
                        Start = w.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
                        End = w.EndsAtMidnight ? "24:00" : w.End.ToString("HH:mm", CultureInfo.InvariantCulture),
                    }),
                },
                Holidays = { calendar.Holidays.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) },
            },
        };
    }

    private static DayOfWeek Day(Proto.DayOfWeek day, string field) => day switch
    {
        Proto.DayOfWeek.Sunday => DayOfWeek.Sunday,
        >= Proto.DayOfWeek.Monday and <= Proto.DayOfWeek.Saturday => (DayOfWeek)(int)day,
        _ => throw RuleViolationException.Invalid(field, $"{field} must be a weekday MONDAY–SUNDAY."),
    };

    private static TimeOnly Time(string value, string field, bool allowEndOfDay)
    {
        if (allowEndOfDay && value == "24:00")
        {
            return WorkingWindow.EndOfDay;
        }

        return TimeOnly.TryParseExact(value, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw RuleViolationException.Invalid(field, $"{field} must be a local time \"HH:MM\"{(allowEndOfDay ? " or \"24:00\"" : string.Empty)}, not '{value}'.");
    }

    private static DateOnly Date(string value, string field) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw RuleViolationException.Invalid(field, $"{field} must be a date \"YYYY-MM-DD\", not '{value}'.");
}
