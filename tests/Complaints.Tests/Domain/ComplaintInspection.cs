using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;

namespace Platform.Complaints.Tests.Domain;

/// <summary>Short ways to look at one clock of a complaint.</summary>
internal static class ComplaintInspection
{
    /// <summary>The stored clock of <paramref name="kind"/>.</summary>
    public static ComplaintClock Clock(this Complaint complaint, ClockKind kind) => complaint.Clocks.Single(c => c.Kind == kind);

    /// <summary>The clock of <paramref name="kind"/> as a caller sees it at <paramref name="now"/>.</summary>
    public static ClockView View(this Complaint complaint, ClockKind kind, DateTimeOffset now) => complaint.ClockViews(now).Single(c => c.Kind == kind);
}
