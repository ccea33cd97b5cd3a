namespace Platform.SharedKernel.Calendar;

/// <summary>How the complaint clocks of an agreement count time.</summary>
public enum ServiceCalendarKind
{
    /// <summary>Every hour counts, nights, weekends and holidays included.</summary>
    RoundTheClock,

    /// <summary>Only the working windows of the weekly schedule count, in the calendar's time zone, except on holidays.</summary>
    BusinessHours,
}
