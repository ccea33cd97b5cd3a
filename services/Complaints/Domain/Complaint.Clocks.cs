using Platform.Complaints.Domain.Clocks;

namespace Platform.Complaints.Domain;

public sealed partial class Complaint
{
    private static readonly int[] s_checkpoints = [.. ComplaintClock.AtRiskThresholds, 100];

    /// <summary>
    /// The clock check the deadline scheduler runs at <see cref="NextClockCheckAt"/>: raises each at-risk
    /// threshold and each miss once. Returns false, changing nothing, when nothing was due.
    /// </summary>
    public bool CheckClocksAt(DateTimeOffset now)
    {
        var changed = CheckClocks(now);
        if (changed)
        {
            Version++;
        }

        Settle();
        return changed;
    }

    /// <summary>
    /// Overdue as of <paramref name="now"/>: a clock missed and not answered since, or a running clock at or past
    /// its pause-adjusted due time that no clock check has marked missed yet. GetComplaint shows this, and
    /// ListComplaints(overdue_only) queries the same two columns.
    /// </summary>
    public bool IsOverdueAt(DateTimeOffset now) => Overdue || NextDueAt <= now;

    /// <summary>Every clock as of <paramref name="now"/>.</summary>
    public IReadOnlyList<ClockView> ClockViews(DateTimeOffset now)
    {
        var calendar = Terms.Calendar;
        var spans = PauseLedger.Spans(Pauses, PauseCap, calendar, now);
        var pausedNow = AwaitingCustomer && spans[^1].End >= now;
        return [.. Clocks.Select(clock =>
        {
            var end = clock.State switch
            {
                ClockState.Met => clock.MetAt!.Value,
                ClockState.Stopped => clock.StoppedAt!.Value,
                ClockState.Missed => clock.MissedAt!.Value,
                _ => now,
            };
            end = end < clock.StartedAt ? clock.StartedAt : end;
            var used = ClockMath.Used(clock, end, spans, calendar);
            var state = clock.IsRunning && pausedNow ? ClockState.Paused : clock.State;
            // A met or stopped clock's due time stands as it was then: later waits on the customer do not move it.
            var due = clock.DueAtWhenMissed
                ?? ClockMath.InstantWhenUsed(clock, clock.Allowed, clock.IsRunning ? spans : Until(spans, end), calendar);
            var left = clock.State == ClockState.Missed || used >= clock.Allowed ? TimeSpan.Zero : clock.Allowed - used;
            var percent = clock.Allowed > TimeSpan.Zero ? Math.Round((decimal)used.Ticks * 100 / clock.Allowed.Ticks, 1) : 100m;
            return new ClockView(
                clock.Kind,
                state,
                clock.StartedAt,
                clock.Allowed,
                due,
                clock.OriginalDueAt,
                end - clock.StartedAt,
                used,
                percent,
                left,
                clock.MetAt,
                calendar.WorkingTimeBetween(clock.StartedAt, end) - used);
        })];
    }

    private static List<PauseSpan> Until(IReadOnlyList<PauseSpan> spans, DateTimeOffset end) =>
        [.. spans.Where(s => s.Start < end).Select(s => s.End > end ? s with { End = end } : s)];

    /// <summary>The credited span of each pause as of <paramref name="now"/>, in the order of <see cref="Pauses"/>.</summary>
    public IReadOnlyList<PauseSpan> PauseSpans(DateTimeOffset now) => PauseLedger.Spans(Pauses, PauseCap, Terms.Calendar, now);

    /// <summary>Misses every running clock whose time is used up and raises each at-risk threshold reached.</summary>
    private bool CheckClocks(DateTimeOffset now)
    {
        var calendar = Terms.Calendar;
        var spans = PauseLedger.Spans(Pauses, PauseCap, calendar, now);
        var changed = false;
        foreach (var clock in Clocks.Where(c => c.IsRunning).ToList())
        {
            var used = ClockMath.Used(clock, now, spans, calendar);
            var due = ClockMath.InstantWhenUsed(clock, clock.Allowed, spans, calendar);
            if (used >= clock.Allowed)
            {
                Replace(clock.Missed(now, due));
                Raise(new ClockMissed(clock.Kind, due, now));
                Record(now, SystemActor, "ClockMissed", $"{clock.Kind} (run {clock.Run}) was due {due:O}.");
                changed = true;
                continue;
            }

            var reached = ComplaintClock.AtRiskThresholds.Where(t => t > clock.AtRiskRaised && used >= clock.UsedAt(t)).ToList();
            foreach (var threshold in reached)
            {
                Raise(new ClockAtRisk(clock.Kind, threshold, due, now));
                Record(now, SystemActor, "ClockAtRisk", $"{clock.Kind} (run {clock.Run}) used {threshold}% of its time; due {due:O}.");
            }

            if (reached.Count > 0)
            {
                Replace(clock.AtRisk(reached[^1]));
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Meets a running clock; returns false when the clock had already been missed (the answer is late).</summary>
    private bool Meet(ClockKind kind, DateTimeOffset now)
    {
        var clock = Clocks.FirstOrDefault(c => c.Kind == kind);
        switch (clock)
        {
            case { IsRunning: true }:
                Replace(clock.Met(now));
                return true;
            case { State: ClockState.Missed, MetAt: null }:
                Replace(clock.AnsweredLate(now));
                return false;
            default:
                return clock is not { State: ClockState.Missed };
        }
    }

    private void RestartSolutionClock(DateTimeOffset now)
    {
        var current = Clocks.Single(c => c.Kind == ClockKind.SolutionOrUpdate);
        Replace(ComplaintClock.Start(ClockKind.SolutionOrUpdate, current.Run + 1, now, Terms));
    }

    private void EndPause(DateTimeOffset now)
    {
        if (AwaitingCustomer)
        {
            Pauses = [.. Pauses.Take(Pauses.Count - 1), Pauses[^1] with { EndedAt = now }];
        }
    }

    private void Replace(ComplaintClock clock) => Clocks = [.. Clocks.Select(c => c.Kind == clock.Kind ? clock : c)];

    /// <summary>Works out what listings and the scheduler read: overdue, and when the clocks next need a look.</summary>
    private void Settle()
    {
        var open = s_open.Contains(Status);
        Overdue = open && Clocks.Any(c => c is { State: ClockState.Missed, MetAt: null });
        if (!open)
        {
            NextClockCheckAt = null;
            NextDueAt = null;
            AtRiskDueAt = null;
            return;
        }

        // If the customer never answers, the pause is credited until the cap runs out: the latest a check is needed,
        // and the earliest a running clock can fall due (before that, the wait still pauses it).
        var spans = PauseLedger.Spans(Pauses, PauseCap, Terms.Calendar, openUntil: null);
        var running = Clocks.Where(c => c.IsRunning).ToList();
        NextClockCheckAt = running
            .Select(c => (DateTimeOffset?)ClockMath.InstantWhenUsed(c, c.UsedAt(s_checkpoints.First(t => t > c.AtRiskRaised)), spans, Terms.Calendar))
            .Min();
        NextDueAt = running
            .Select(c => (DateTimeOffset?)ClockMath.InstantWhenUsed(c, c.Allowed, spans, Terms.Calendar))
            .Min();
        AtRiskDueAt = Clocks
            .Where(c => c is { State: ClockState.Missed, MetAt: null })
            .Select(c => c.DueAtWhenMissed)
            .Concat(running.Where(c => c.AtRiskRaised > 0).Select(c => (DateTimeOffset?)ClockMath.InstantWhenUsed(c, c.Allowed, spans, Terms.Calendar)))
            .Min();
    }
}
