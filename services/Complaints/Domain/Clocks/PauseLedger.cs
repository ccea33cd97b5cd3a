using Platform.SharedKernel.Calendar;

namespace Platform.Complaints.Domain.Clocks;

/// <summary>
/// How much of each wait on the customer is credited to the clocks: its working time, until the complaint's
/// total reaches the cap. Past the cap the clocks run again, so waiting cannot hide a late answer.
/// </summary>
public static class PauseLedger
{
    /// <summary>
    /// The credited span of every pause, oldest first. An open pause is credited until
    /// <paramref name="openUntil"/> (now, for what the clocks show) or, when null, until the cap runs out
    /// (the latest the clocks can be due if the customer never answers).
    /// </summary>
    public static IReadOnlyList<PauseSpan> Spans(IReadOnlyList<Pause> pauses, TimeSpan cap, ServiceCalendar calendar, DateTimeOffset? openUntil)
    {
        var spans = new List<PauseSpan>(pauses.Count);
        var remaining = cap;
        foreach (var pause in pauses)
        {
            var capEnd = remaining > TimeSpan.Zero ? calendar.AddWorkingTime(pause.StartedAt, remaining) : pause.StartedAt;
            var end = pause.EndedAt ?? openUntil ?? capEnd;
            end = end > capEnd ? capEnd : end;
            end = end < pause.StartedAt ? pause.StartedAt : end;
            var credited = calendar.WorkingTimeBetween(pause.StartedAt, end);
            remaining -= credited;
            spans.Add(new PauseSpan(pause.StartedAt, end, credited));
        }

        return spans;
    }
}
