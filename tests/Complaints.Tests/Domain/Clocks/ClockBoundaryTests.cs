using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;

namespace Platform.Complaints.Tests.Domain.Clocks;

public sealed class ClockBoundaryTests
{
    private static readonly DateTimeOffset s_now = ComplaintBuilder.Now;
    private static readonly TimeSpan s_tick = TimeSpan.FromTicks(1);

    [Fact]
    public void Filing_starts_the_first_response_and_solution_clocks_from_the_received_time()
    {
        var complaint = new ComplaintBuilder().Build();

        Assert.Equal(s_now + ComplaintBuilder.FirstResponseWithin, complaint.Clock(ClockKind.FirstResponse).OriginalDueAt);
        Assert.Equal(s_now + ComplaintBuilder.SolutionOrUpdateWithin, complaint.Clock(ClockKind.SolutionOrUpdate).OriginalDueAt);
        Assert.DoesNotContain(complaint.Clocks, c => c.Kind == ClockKind.MajorResolution);
        Assert.All(complaint.Clocks, c => Assert.Equal(ClockState.Running, c.State));
    }

    [Fact]
    public void Major_complaint_also_gets_a_major_resolution_clock_from_the_received_time()
    {
        var complaint = new ComplaintBuilder().Major().Build();

        var major = complaint.Clock(ClockKind.MajorResolution);
        Assert.Equal(s_now, major.StartedAt);
        Assert.Equal(s_now + ComplaintBuilder.MajorResolutionWithin, major.OriginalDueAt);
    }

    [Fact]
    public void First_response_one_tick_before_due_meets_the_clock()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.ClearDomainEvents();

        complaint.Acknowledge(ComplaintBuilder.Agent, null, complaint.Version, s_now + ComplaintBuilder.FirstResponseWithin - s_tick);

        Assert.Equal(ClockState.Met, complaint.Clock(ClockKind.FirstResponse).State);
        Assert.True(Assert.Single(complaint.DomainEvents.OfType<ComplaintAcknowledged>()).InTime);
        Assert.DoesNotContain(complaint.DomainEvents, e => e is ClockMissed);
    }

    [Fact]
    public void First_response_exactly_at_due_misses_the_clock_and_is_late()
    {
        var complaint = new ComplaintBuilder().Build();
        complaint.ClearDomainEvents();
        var due = s_now + ComplaintBuilder.FirstResponseWithin;

        complaint.Acknowledge(ComplaintBuilder.Agent, null, complaint.Version, due);

        var clock = complaint.Clock(ClockKind.FirstResponse);
        Assert.Equal(ClockState.Missed, clock.State);
        Assert.Equal(due, clock.DueAtWhenMissed);
        Assert.Equal(due, clock.MetAt);
        Assert.Equal(due, Assert.IsType<ClockMissed>(complaint.DomainEvents[0]).DueAt);
        Assert.False(Assert.IsType<ComplaintAcknowledged>(complaint.DomainEvents[^1]).InTime);
    }

    [Fact]
    public void Progress_update_one_tick_before_due_meets_the_solution_clock()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));

        complaint.PostProgressUpdate(ComplaintBuilder.Agent, "Refund requested.", complaint.Version, s_now + ComplaintBuilder.SolutionOrUpdateWithin - s_tick);

        Assert.True(Assert.Single(complaint.DomainEvents.OfType<ComplaintProgressUpdated>()).InTime);
        Assert.DoesNotContain(complaint.DomainEvents, e => e is ClockMissed);
    }

    [Fact]
    public void Progress_update_exactly_at_due_is_late_and_the_run_is_missed()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));
        var due = s_now + ComplaintBuilder.SolutionOrUpdateWithin;

        complaint.PostProgressUpdate(ComplaintBuilder.Agent, "Refund requested.", complaint.Version, due);

        var missed = Assert.IsType<ClockMissed>(complaint.DomainEvents[0]);
        Assert.Equal(ClockKind.SolutionOrUpdate, missed.Clock);
        Assert.Equal(due, missed.DueAt);
        Assert.False(Assert.IsType<ComplaintProgressUpdated>(complaint.DomainEvents[^1]).InTime);
    }

    [Fact]
    public void Progress_update_starts_a_new_solution_run_from_the_update_time()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));
        var updatedAt = s_now.AddHours(10);

        complaint.PostProgressUpdate(ComplaintBuilder.Agent, "Refund requested.", complaint.Version, updatedAt);

        var clock = complaint.Clock(ClockKind.SolutionOrUpdate);
        Assert.Equal(2, clock.Run);
        Assert.Equal(ClockState.Running, clock.State);
        Assert.Equal(updatedAt, clock.StartedAt);
        Assert.Equal(updatedAt + ComplaintBuilder.SolutionOrUpdateWithin, clock.OriginalDueAt);
    }

    [Fact]
    public void Second_update_one_tick_before_the_new_run_is_due_is_in_time()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));
        var firstUpdate = s_now.AddHours(20);
        complaint.PostProgressUpdate(ComplaintBuilder.Agent, "Refund requested.", complaint.Version, firstUpdate);
        complaint.ClearDomainEvents();

        complaint.PostProgressUpdate(ComplaintBuilder.Agent, "Refund approved.", complaint.Version, firstUpdate + ComplaintBuilder.SolutionOrUpdateWithin - s_tick);

        Assert.True(Assert.Single(complaint.DomainEvents.OfType<ComplaintProgressUpdated>()).InTime);
        Assert.Equal(3, complaint.Clock(ClockKind.SolutionOrUpdate).Run);
    }

    [Fact]
    public void Resolving_a_major_complaint_one_tick_before_due_meets_the_major_clock()
    {
        var complaint = new ComplaintBuilder().Major().WithSolutionOrUpdateWithin(TimeSpan.FromHours(100)).BuildAcknowledged(s_now.AddHours(1));
        var at = s_now + ComplaintBuilder.MajorResolutionWithin - s_tick;

        complaint.Resolve(ComplaintBuilder.Agent, "Refunded.", false, complaint.Version, at);

        var major = complaint.Clock(ClockKind.MajorResolution);
        Assert.Equal(ClockState.Met, major.State);
        Assert.Equal(at, major.MetAt);
        Assert.DoesNotContain(complaint.DomainEvents, e => e is ClockMissed);
    }

    [Fact]
    public void Resolving_a_major_complaint_exactly_at_due_misses_the_major_clock()
    {
        var complaint = new ComplaintBuilder().Major().WithSolutionOrUpdateWithin(TimeSpan.FromHours(100)).BuildAcknowledged(s_now.AddHours(1));
        var due = s_now + ComplaintBuilder.MajorResolutionWithin;

        complaint.Resolve(ComplaintBuilder.Agent, "Refunded.", false, complaint.Version, due);

        var major = complaint.Clock(ClockKind.MajorResolution);
        Assert.Equal(ClockState.Missed, major.State);
        Assert.Equal(due, major.DueAtWhenMissed);
        Assert.Equal(ClockKind.MajorResolution, Assert.IsType<ClockMissed>(Assert.Single(complaint.DomainEvents, e => e is ClockMissed)).Clock);
    }

    [Fact]
    public void Resolving_meets_the_solution_clock_and_stops_the_countdown()
    {
        var complaint = new ComplaintBuilder().BuildAcknowledged(s_now.AddHours(1));

        complaint.Resolve(ComplaintBuilder.Agent, "Refunded.", false, complaint.Version, s_now.AddHours(5));

        Assert.Equal(ClockState.Met, complaint.Clock(ClockKind.SolutionOrUpdate).State);
        Assert.Null(complaint.NextClockCheckAt);
        Assert.False(complaint.CheckClocksAt(s_now.AddDays(30)));
    }

    [Fact]
    public void Clock_view_counts_used_and_left_time_of_a_running_clock()
    {
        var complaint = new ComplaintBuilder().Build();

        var view = complaint.View(ClockKind.FirstResponse, s_now.AddMinutes(30));

        Assert.Equal(ClockState.Running, view.State);
        Assert.Equal(TimeSpan.FromMinutes(30), view.ElapsedBusiness);
        Assert.Equal(TimeSpan.FromMinutes(90), view.TimeLeft);
        Assert.Equal(25m, view.PercentUsed);
        Assert.Equal(s_now.AddHours(2), view.DueAt);
    }
}
