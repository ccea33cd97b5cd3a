using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Resolution;

namespace Platform.Complaints.Tests.Domain.Resolution;

/// <summary>March 2026 in UTC, measured on 2 April against 95 % (all) and 98 % (major) with a minimum sample of 1.</summary>
public sealed class ResolutionStatsTests
{
    private static readonly MeasurementPeriod s_march = new(new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));
    private static readonly DateTimeOffset s_end = s_march.End;
    private static readonly DateTimeOffset s_afterwards = s_end.AddDays(1);
    private static readonly DateTimeOffset s_midMarch = s_march.Start.AddDays(14);

    private static ComplaintOutcome Normal(params ResolutionSpan[] resolutions) => new(ComplaintSeverity.Normal, null, resolutions);

    private static ComplaintOutcome Major(params ResolutionSpan[] resolutions) => new(ComplaintSeverity.Major, null, resolutions);

    private static ComplaintOutcome Withdrawn(DateTimeOffset at) => new(ComplaintSeverity.Normal, at, []);

    private static ResolutionSpan Resolved(DateTimeOffset at, DateTimeOffset? reopenedAt = null) => new(at, reopenedAt);

    private static ResolutionStats Measure(IReadOnlyCollection<ComplaintOutcome> complaints, DateTimeOffset? now = null, int minimumSample = 1, decimal target = 95m) =>
        ResolutionStats.Measure(s_march, complaints, termsVersion: 3, target, majorTarget: 98m, minimumSample, now ?? s_afterwards);

    private static List<ComplaintOutcome> Sample(int resolved, int unresolved) =>
        [.. Enumerable.Range(0, resolved).Select(_ => Normal(Resolved(s_midMarch))), .. Enumerable.Range(0, unresolved).Select(_ => Normal())];

    [Fact]
    public void Complaint_withdrawn_in_the_period_leaves_the_denominator()
    {
        var stats = Measure([Normal(Resolved(s_midMarch)), Withdrawn(s_midMarch), Withdrawn(s_end.AddTicks(-1))]);

        Assert.Equal((1, 1, 2), (stats.All.Received, stats.All.Resolved, stats.All.Withdrawn));
        Assert.Equal(100m, stats.All.Percent);
    }

    [Fact]
    public void Complaint_withdrawn_after_the_period_still_counts_as_received_and_unresolved()
    {
        var stats = Measure([Normal(Resolved(s_midMarch)), Withdrawn(s_end)]);

        Assert.Equal((2, 1, 0), (stats.All.Received, stats.All.Resolved, stats.All.Withdrawn));
    }

    [Fact]
    public void Resolved_one_tick_before_the_end_counts_as_resolved()
    {
        var stats = Measure([Normal(Resolved(s_end.AddTicks(-1)))]);

        Assert.Equal(1, stats.All.Resolved);
    }

    [Fact]
    public void Resolved_exactly_at_the_end_does_not_count_for_the_period()
    {
        var stats = Measure([Normal(Resolved(s_end))]);

        Assert.Equal((1, 0), (stats.All.Received, stats.All.Resolved));
    }

    [Fact]
    public void Reopened_within_the_period_and_still_open_at_its_end_is_not_resolved()
    {
        var stats = Measure([Normal(Resolved(s_midMarch, reopenedAt: s_midMarch.AddDays(2)))]);

        Assert.Equal(0, stats.All.Resolved);
        Assert.Equal(0, stats.All.ReopenedAfterPeriod);
    }

    [Fact]
    public void Reopened_after_the_period_still_counts_and_is_reported()
    {
        var stats = Measure([Normal(Resolved(s_midMarch, reopenedAt: s_end)), Normal(Resolved(s_midMarch))]);

        Assert.Equal((2, 1), (stats.All.Resolved, stats.All.ReopenedAfterPeriod));
    }

    [Fact]
    public void Reopened_and_resolved_again_within_the_period_counts_once_and_is_not_reported()
    {
        var stats = Measure([Normal(Resolved(s_midMarch, reopenedAt: s_midMarch.AddDays(1)), Resolved(s_midMarch.AddDays(3)))]);

        Assert.Equal((1, 0), (stats.All.Resolved, stats.All.ReopenedAfterPeriod));
    }

    [Fact]
    public void Major_scope_counts_only_major_complaints_against_the_major_target()
    {
        var stats = Measure([Major(Resolved(s_midMarch)), Major(), Normal(Resolved(s_midMarch)), Normal(Resolved(s_midMarch))]);

        Assert.Equal((4, 3, 95m), (stats.All.Received, stats.All.Resolved, stats.All.Target));
        Assert.Equal((2, 1, 98m), (stats.Major.Received, stats.Major.Resolved, stats.Major.Target));
        Assert.Equal(ResolutionRateStatus.BelowTarget, stats.Major.Status);
    }

    [Fact]
    public void Scope_smaller_than_the_minimum_sample_is_not_judged()
    {
        var stats = Measure([.. Sample(resolved: 9, unresolved: 1), Major()], minimumSample: 10);

        Assert.Equal(ResolutionRateStatus.BelowTarget, stats.All.Status);
        Assert.Equal(ResolutionRateStatus.InsufficientSample, stats.Major.Status);
    }

    [Fact]
    public void Empty_scope_has_no_percentage_and_is_not_judged_even_with_a_zero_minimum()
    {
        var stats = Measure([], minimumSample: 0);

        Assert.Null(stats.All.Percent);
        Assert.Equal(ResolutionRateStatus.InsufficientSample, stats.All.Status);
    }

    [Fact]
    public void Period_not_yet_ended_is_in_progress_with_the_rate_so_far()
    {
        var stats = Measure([Normal(Resolved(s_midMarch)), Normal(Resolved(s_midMarch.AddDays(5)))], now: s_midMarch.AddDays(1));

        Assert.False(stats.Ended);
        Assert.Equal((1, ResolutionRateStatus.InProgress), (stats.All.Resolved, stats.All.Status));
    }

    [Fact]
    public void Period_is_ended_at_its_end_instant()
    {
        var stats = Measure(Sample(resolved: 1, unresolved: 0), now: s_end);

        Assert.True(stats.Ended);
        Assert.Equal(ResolutionRateStatus.Met, stats.All.Status);
        Assert.Equal((3, 1), (stats.TermsVersion, stats.MinimumSample));
    }

    [Fact]
    public void Rate_exactly_at_the_target_is_met()
    {
        var stats = Measure(Sample(resolved: 19, unresolved: 1));

        Assert.Equal((95m, ResolutionRateStatus.Met), (stats.All.Percent, stats.All.Status));
    }

    [Fact]
    public void Rate_just_below_the_target_is_below_target()
    {
        var stats = Measure(Sample(resolved: 189, unresolved: 10));

        Assert.Equal((94.97m, ResolutionRateStatus.BelowTarget), (stats.All.Percent, stats.All.Status));
    }

    [Fact]
    public void Rounded_percentage_equal_to_the_target_does_not_meet_it()
    {
        var stats = Measure(Sample(resolved: 2, unresolved: 1), target: 66.67m);

        Assert.Equal((66.67m, ResolutionRateStatus.BelowTarget), (stats.All.Percent, stats.All.Status));
    }
}
