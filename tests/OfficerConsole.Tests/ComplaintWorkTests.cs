using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Complaints.V1;
using Platform.OfficerConsole.Cases;
using Platform.OfficerConsole.Complaints;

namespace Platform.OfficerConsole.Tests;

/// <summary>What a complaint handler is offered, and how the clocks read, on the complaints-at-risk pages.</summary>
public sealed class ComplaintWorkTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Received_complaint_offers_the_first_response_and_a_solution_but_no_update_yet()
    {
        var actions = ComplaintActions.For(Complaint(ComplaintStatus.Received));

        Assert.True(Action(actions, ComplaintActionKind.Acknowledge).Allowed);
        Assert.True(Action(actions, ComplaintActionKind.Resolve).Allowed);
        Assert.Equal(
            "Acknowledge the complaint first: the first response comes before any update.",
            Action(actions, ComplaintActionKind.PostProgressUpdate).WhyNot);
    }

    [Fact]
    public void Acknowledged_complaint_offers_updates_and_says_the_first_response_was_given()
    {
        var actions = ComplaintActions.For(Complaint(ComplaintStatus.InProgress));

        Assert.True(Action(actions, ComplaintActionKind.PostProgressUpdate).Allowed);
        Assert.Equal("The first response was given; the complaint is in progress.", Action(actions, ComplaintActionKind.Acknowledge).WhyNot);
    }

    [Theory]
    [InlineData(ComplaintStatus.Resolved, "resolved")]
    [InlineData(ComplaintStatus.Withdrawn, "withdrawn")]
    public void Complaint_no_longer_open_offers_nothing_and_says_why(ComplaintStatus status, string word)
    {
        var actions = ComplaintActions.For(Complaint(status));

        Assert.All(actions, a => Assert.Equal($"The complaint is {word}; only an open complaint is worked on.", a.WhyNot));
    }

    [Fact]
    public void Missed_clock_not_answered_is_the_most_urgent_even_when_another_is_due_sooner_than_it_was_missed()
    {
        var complaint = Complaint(ComplaintStatus.Received,
            Clock(ClockKind.FirstResponse, ClockState.Missed, Now.AddHours(-2)),
            Clock(ClockKind.SolutionOrUpdate, ClockState.Running, Now.AddMinutes(45)));

        Assert.Equal(ClockKind.FirstResponse, ClockStanding.MostUrgent(complaint)!.Kind);
        Assert.Equal("first response: missed, 2 h 0 min ago", ClockStanding.Text(complaint, Now));
    }

    [Fact]
    public void Running_clock_due_soonest_is_the_most_urgent_once_the_missed_one_was_answered_late()
    {
        var answered = Clock(ClockKind.FirstResponse, ClockState.Missed, Now.AddHours(-2));
        answered.MetAt = Timestamp.FromDateTimeOffset(Now.AddHours(-1));
        var complaint = Complaint(ComplaintStatus.Acknowledged,
            answered,
            Clock(ClockKind.MajorResolution, ClockState.Running, Now.AddDays(2)),
            Clock(ClockKind.SolutionOrUpdate, ClockState.Paused, Now.AddMinutes(45)));

        Assert.Equal("solution or update: 45 min left", ClockStanding.Text(complaint, Now));
    }

    [Fact]
    public void Complaint_with_no_clock_counting_says_so()
    {
        var complaint = Complaint(ComplaintStatus.Resolved, Clock(ClockKind.FirstResponse, ClockState.Met, Now.AddHours(-2)));

        Assert.Null(ClockStanding.MostUrgent(complaint));
        Assert.Equal("no clock running", ClockStanding.Text(complaint, Now));
    }

    [Theory]
    [InlineData(3 * 24 * 60 + 4 * 60 + 5, "3 d 4 h left")]
    [InlineData(2 * 60 + 10, "2 h 10 min left")]
    [InlineData(1, "1 min left")]
    [InlineData(0, "due now")]
    [InlineData(-90, "missed, 1 h 30 min ago")]
    public void Time_left_reads_in_days_hours_and_minutes(int minutes, string text)
    {
        var clock = Clock(ClockKind.FirstResponse, ClockState.Running, Now.AddMinutes(minutes));

        Assert.Equal(text, ClockStanding.TimeLeft(clock, Now));
    }

    private static PageAction<ComplaintActionKind> Action(IReadOnlyList<PageAction<ComplaintActionKind>> actions, ComplaintActionKind kind) => actions.Single(a => a.Kind == kind);

    private static Clock Clock(ClockKind kind, ClockState state, DateTimeOffset dueAt) =>
        new() { Kind = kind, State = state, DueAt = Timestamp.FromDateTimeOffset(dueAt) };

    private static Complaint Complaint(ComplaintStatus status, params Clock[] clocks)
    {
        var complaint = new Complaint { Id = Guid.NewGuid().ToString(), Status = status, Subject = "Charged twice" };
        complaint.Clocks.AddRange(clocks);
        return complaint;
    }
}
