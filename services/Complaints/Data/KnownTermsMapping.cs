using Platform.AgreementReplica.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.Contracts.Events.Agreements;
using Platform.SharedKernel.Calendar;

namespace Platform.Complaints.Data;

/// <summary>From the terms as Agreements published them to the terms a complaint's clocks follow.</summary>
internal static class KnownTermsMapping
{
    public static ComplaintTerms ToComplaintTerms(this KnownTerms known) => new(
        known.Version,
        known.Terms.FirstResponseWithin,
        known.Terms.SolutionOrUpdateWithin,
        known.Terms.MajorResolutionWithin,
        known.Terms.ServiceCalendar.ToCalendar());

    /// <summary>No time zone is round the clock; otherwise business hours, checked like any new calendar.</summary>
    public static ServiceCalendar ToCalendar(this ServiceCalendarSnapshot snapshot) =>
        snapshot.TimeZone is null
            ? ServiceCalendar.RoundTheClock
            : ServiceCalendar.BusinessHours(
                snapshot.TimeZone,
                snapshot.WeeklySchedule.Select(w => new WorkingWindow(w.DayOfWeek, w.Start, w.End)),
                snapshot.Holidays);
}
