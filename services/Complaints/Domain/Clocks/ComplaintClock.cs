namespace Platform.Complaints.Domain.Clocks;

/// <summary>
/// One run of a complaint clock: <see cref="Allowed"/> of working time counted from <see cref="StartedAt"/>,
/// less the pauses. A progress update ends the solution-or-update run and starts the next one
/// (<see cref="Run"/> + 1). Immutable: every change makes a new value.
/// </summary>
public sealed record ComplaintClock(
    ClockKind Kind,
    int Run,
    DateTimeOffset StartedAt,
    TimeSpan Allowed,
    DateTimeOffset OriginalDueAt,
    ClockState State,
    DateTimeOffset? MetAt,
    DateTimeOffset? MissedAt,
    DateTimeOffset? DueAtWhenMissed,
    DateTimeOffset? StoppedAt,
    int AtRiskRaised)
{
    /// <summary>The at-risk thresholds, percent of the allowance used.</summary>
    public static readonly IReadOnlyList<int> AtRiskThresholds = [50, 75];

    /// <summary>Counting, or waiting on the customer.</summary>
    public bool IsRunning => State == ClockState.Running;

    /// <summary>A fresh run from <paramref name="startedAt"/>.</summary>
    public static ComplaintClock Start(ClockKind kind, int run, DateTimeOffset startedAt, ComplaintTerms terms)
    {
        var allowed = terms.Allowance(kind);
        return new ComplaintClock(kind, run, startedAt, allowed, terms.Calendar.AddWorkingTime(startedAt, allowed), ClockState.Running, null, null, null, null, 0);
    }

    /// <summary>The working time that must be used to reach <paramref name="percent"/> of the allowance.</summary>
    public TimeSpan UsedAt(int percent) => TimeSpan.FromTicks(Allowed.Ticks * percent / 100);

    public ComplaintClock Met(DateTimeOffset at) => this with { State = ClockState.Met, MetAt = at };

    public ComplaintClock Missed(DateTimeOffset at, DateTimeOffset dueAt) =>
        this with { State = ClockState.Missed, MissedAt = at, DueAtWhenMissed = dueAt, AtRiskRaised = 100 };

    /// <summary>A late answer to a missed clock: it stays missed, with the time it was answered.</summary>
    public ComplaintClock AnsweredLate(DateTimeOffset at) => this with { MetAt = at };

    public ComplaintClock Stopped(DateTimeOffset at) => this with { State = ClockState.Stopped, StoppedAt = at };

    public ComplaintClock Resumed() => this with { State = ClockState.Running, StoppedAt = null };

    public ComplaintClock AtRisk(int percent) => this with { AtRiskRaised = percent };
}
