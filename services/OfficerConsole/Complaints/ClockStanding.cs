using Platform.Contracts.Complaints.V1;

namespace Platform.OfficerConsole.Complaints;

/// <summary>
/// Where a complaint's clocks stand, said plainly for a handler: the clock that needs them soonest and the time left
/// ("first response: 45 min left") or how late it is ("first response missed, 2 h 10 min ago").
/// </summary>
internal static class ClockStanding
{
    /// <summary>
    /// The clock a handler must answer first: a missed one not answered since (the longest missed first), else the
    /// running (or paused) one due soonest; null when no clock is counting.
    /// </summary>
    public static Clock? MostUrgent(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var missed = complaint.Clocks.Where(c => c.State == ClockState.Missed && c.MetAt is null).OrderBy(c => c.DueAt.ToDateTimeOffset()).FirstOrDefault();
        return missed ?? complaint.Clocks
            .Where(c => c.State is ClockState.Running or ClockState.Paused)
            .OrderBy(c => c.DueAt.ToDateTimeOffset())
            .FirstOrDefault();
    }

    /// <summary>"first response: 45 min left", "first response missed, 2 h 10 min ago", or "no clock running".</summary>
    public static string Text(Complaint complaint, DateTimeOffset now) => MostUrgent(complaint) is { } clock
        ? $"{ComplaintWords.Of(clock.Kind)}: {TimeLeft(clock, now)}"
        : "no clock running";

    /// <summary>"45 min left", "missed, 2 h 10 min ago", "due now".</summary>
    public static string TimeLeft(Clock clock, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var left = clock.DueAt.ToDateTimeOffset() - now;
        return clock.State == ClockState.Missed || left < TimeSpan.Zero
            ? $"missed, {Span(-left)} ago"
            : left < TimeSpan.FromMinutes(1) ? "due now" : $"{Span(left)} left";
    }

    /// <summary>"3 d 4 h", "2 h 10 min", "45 min", "less than a minute".</summary>
    public static string Span(TimeSpan span)
    {
        span = span.Duration();
        return span.TotalDays >= 1 ? $"{(int)span.TotalDays} d {span.Hours} h"
            : span.TotalHours >= 1 ? $"{(int)span.TotalHours} h {span.Minutes} min"
            : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min"
            : "less than a minute";
    }
}
