using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.SharedKernel;

namespace Platform.Complaints.Tests.Domain;

/// <summary>The solution-or-update clock allows 100 h here, so only the major clock is due within 72 h.</summary>
public sealed class SeverityChangeTests
{
    private static readonly DateTimeOffset s_now = ComplaintBuilder.Now;

    private static ComplaintBuilder Builder() => new ComplaintBuilder().WithSolutionOrUpdateWithin(TimeSpan.FromHours(100));

    [Fact]
    public void Normal_to_major_adds_a_major_clock_counted_from_the_received_time()
    {
        var complaint = Builder().BuildAcknowledged(s_now.AddHours(1));

        complaint.ChangeSeverity(ComplaintBuilder.Agent, ComplaintSeverity.Major, "Affects payroll of 300 staff.", complaint.Version, s_now.AddHours(10));

        var major = complaint.Clock(ClockKind.MajorResolution);
        Assert.Equal(ComplaintSeverity.Major, complaint.Severity);
        Assert.Equal(s_now, major.StartedAt);
        Assert.Equal(s_now.AddHours(72), major.OriginalDueAt);
        Assert.Equal(ClockState.Running, major.State);
    }

    [Fact]
    public void Normal_to_major_is_on_the_history_with_its_reason_and_bumps_the_version()
    {
        var complaint = Builder().BuildAcknowledged(s_now.AddHours(1));

        complaint.ChangeSeverity("supervisor-1", ComplaintSeverity.Major, "Affects payroll.", complaint.Version, s_now.AddHours(10));

        var entry = complaint.History[^1];
        Assert.Equal("SeverityChanged", entry.Action);
        Assert.Equal("supervisor-1", entry.Actor);
        Assert.Equal(s_now.AddHours(10), entry.At);
        Assert.Contains("Affects payroll.", entry.Detail, StringComparison.Ordinal);
        Assert.Equal(3, complaint.Version);
    }

    [Fact]
    public void Normal_to_major_after_the_major_due_time_misses_the_clock_at_once()
    {
        var complaint = Builder().BuildAcknowledged(s_now.AddHours(1));

        complaint.ChangeSeverity(ComplaintBuilder.Agent, ComplaintSeverity.Major, "Found to affect payroll.", complaint.Version, s_now.AddHours(80));

        var major = complaint.Clock(ClockKind.MajorResolution);
        Assert.Equal(ClockState.Missed, major.State);
        Assert.Equal(s_now.AddHours(72), major.DueAtWhenMissed);
        Assert.Equal(ClockKind.MajorResolution, Assert.Single(complaint.DomainEvents.OfType<ClockMissed>()).Clock);
    }

    [Fact]
    public void Normal_to_major_after_the_major_due_time_makes_the_complaint_overdue()
    {
        var complaint = Builder().BuildAcknowledged(s_now.AddHours(1));

        complaint.ChangeSeverity(ComplaintBuilder.Agent, ComplaintSeverity.Major, "Found to affect payroll.", complaint.Version, s_now.AddHours(80));

        Assert.True(complaint.Overdue);
    }

    [Fact]
    public void Normal_to_major_past_half_the_allowance_points_the_next_check_ahead()
    {
        var complaint = Builder().BuildAcknowledged(s_now.AddHours(1));

        complaint.ChangeSeverity(ComplaintBuilder.Agent, ComplaintSeverity.Major, "Found to affect payroll.", complaint.Version, s_now.AddHours(40));

        // Major at-risk 50 is raised at once; next: the solution clock's 50 % at +50 h (the major 75 % is +54 h).
        Assert.Equal(50, Assert.Single(complaint.DomainEvents.OfType<ClockAtRisk>()).PercentUsed);
        Assert.Equal(s_now.AddHours(50), complaint.NextClockCheckAt);
    }

    [Fact]
    public void Major_to_normal_stops_the_major_clock()
    {
        var complaint = Builder().Major().BuildAcknowledged(s_now.AddHours(1));

        complaint.ChangeSeverity(ComplaintBuilder.Agent, ComplaintSeverity.Normal, "Only one user affected.", complaint.Version, s_now.AddHours(10));

        var major = complaint.Clock(ClockKind.MajorResolution);
        Assert.Equal(ClockState.Stopped, major.State);
        Assert.Equal(s_now.AddHours(10), major.StoppedAt);
        Assert.Equal(ClockState.Stopped, complaint.View(ClockKind.MajorResolution, s_now.AddHours(90)).State);
    }

    [Fact]
    public void Stopped_major_clock_is_never_missed()
    {
        var complaint = Builder().Major().BuildAcknowledged(s_now.AddHours(1));
        complaint.ChangeSeverity(ComplaintBuilder.Agent, ComplaintSeverity.Normal, "Only one user affected.", complaint.Version, s_now.AddHours(10));
        complaint.PostProgressUpdate(ComplaintBuilder.Agent, "Still investigating.", complaint.Version, s_now.AddHours(60));
        complaint.ClearDomainEvents();

        complaint.CheckClocksAt(s_now.AddHours(80));

        Assert.DoesNotContain(complaint.DomainEvents, e => e is ClockMissed);
        Assert.Equal(s_now.AddHours(110), complaint.NextClockCheckAt);
    }

    [Fact]
    public void Major_again_resumes_the_same_clock_counted_from_the_received_time()
    {
        var complaint = Builder().Major().BuildAcknowledged(s_now.AddHours(1));
        complaint.ChangeSeverity(ComplaintBuilder.Agent, ComplaintSeverity.Normal, "Only one user affected.", complaint.Version, s_now.AddHours(10));

        complaint.ChangeSeverity(ComplaintBuilder.Agent, ComplaintSeverity.Major, "Now affects everyone.", complaint.Version, s_now.AddHours(20));

        var major = complaint.Clock(ClockKind.MajorResolution);
        Assert.Equal(ClockState.Running, major.State);
        Assert.Equal(s_now, major.StartedAt);
        Assert.Equal(s_now.AddHours(72), complaint.View(ClockKind.MajorResolution, s_now.AddHours(20)).DueAt);
    }

    [Fact]
    public void Same_severity_is_refused()
    {
        var complaint = Builder().BuildAcknowledged(s_now.AddHours(1));

        var error = Assert.Throws<RuleViolationException>(() =>
            complaint.ChangeSeverity(ComplaintBuilder.Agent, ComplaintSeverity.Normal, "No change.", complaint.Version, s_now.AddHours(2)));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("severity", error.Subject);
        Assert.Equal(2, complaint.Version);
    }

    [Fact]
    public void Change_without_a_reason_is_refused()
    {
        var complaint = Builder().BuildAcknowledged(s_now.AddHours(1));

        var error = Assert.Throws<RuleViolationException>(() =>
            complaint.ChangeSeverity(ComplaintBuilder.Agent, ComplaintSeverity.Major, null, complaint.Version, s_now.AddHours(2)));

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("reason", error.Subject);
        Assert.Equal(ComplaintSeverity.Normal, complaint.Severity);
    }

    [Fact]
    public void Resolved_complaint_cannot_be_reclassified()
    {
        var complaint = Builder().BuildResolved(s_now.AddHours(1));

        var error = Assert.Throws<RuleViolationException>(() =>
            complaint.ChangeSeverity(ComplaintBuilder.Agent, ComplaintSeverity.Major, "Too late.", complaint.Version, s_now.AddHours(2)));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("complaint.status", error.Subject);
    }
}
