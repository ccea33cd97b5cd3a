namespace Platform.SharedKernel.Calendar;

/// <summary>Wire names of the service calendar's fields, as named in INVALID_ARGUMENT errors.</summary>
internal static class CalendarFields
{
    public const string ServiceCalendar = "terms.service_calendar";
    public const string BusinessHours = ServiceCalendar + ".business_hours";
    public const string TimeZone = BusinessHours + ".time_zone";
    public const string WeeklySchedule = BusinessHours + ".weekly_schedule";
    public const string Holidays = BusinessHours + ".holidays";
    public const string HolidaysICal = BusinessHours + ".holidays_ical";

    public static string Window(int index, string field) => $"{WeeklySchedule}[{index}].{field}";
}
