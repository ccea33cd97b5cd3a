using Platform.Assurance.Domain.Interruptions;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Interruptions;

public sealed class InterruptionTimeRuleTests
{
    private const string Operator = InterruptionBuilder.Operator;
    private static readonly DateTimeOffset s_now = InterruptionBuilder.Now;
    private static readonly DateTimeOffset s_start = InterruptionBuilder.Start;

    [Fact]
    public void Start_in_the_future_is_refused_naming_started_at()
    {
        var error = Assert.Throws<RuleViolationException>(() => new InterruptionBuilder().StartedAt(s_now.AddTicks(1)).Build());

        Assert.Equal((RuleKind.InvalidArgument, "started_at"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Start_now_is_accepted()
    {
        var interruption = new InterruptionBuilder().StartedAt(s_now).Build();

        Assert.Equal(TimeSpan.Zero, interruption.DurationAt(s_now));
    }

    [Fact]
    public void End_before_the_start_is_refused_naming_ended_at_and_changes_nothing()
    {
        var interruption = new InterruptionBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(() => interruption.End(s_start.AddTicks(-1), null, Operator, interruption.Version, s_now));

        Assert.Equal((RuleKind.InvalidArgument, "ended_at"), (error.Kind, error.Subject));
        Assert.Equal((true, 1L, 1), (interruption.Ongoing, interruption.Version, interruption.History.Count));
        Assert.Empty(interruption.DomainEvents);
    }

    [Fact]
    public void End_in_the_future_is_refused_naming_ended_at()
    {
        var interruption = new InterruptionBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(() => interruption.End(s_now.AddSeconds(1), null, Operator, interruption.Version, s_now));

        Assert.Equal((RuleKind.InvalidArgument, "ended_at"), (error.Kind, error.Subject));
    }

    [Fact]
    public void End_reported_twice_is_a_failed_precondition()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start.AddHours(1));

        var error = Assert.Throws<RuleViolationException>(() => interruption.End(s_start.AddHours(2), null, Operator, interruption.Version, s_now));

        Assert.Equal((RuleKind.FailedPrecondition, "interruption.already_ended"), (error.Kind, error.Code));
        Assert.Equal(s_start.AddHours(1), interruption.EndedAt);
    }

    [Fact]
    public void Start_corrected_into_the_future_is_refused_naming_started_at()
    {
        var interruption = new InterruptionBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(() => Correct(interruption, startedAt: s_now.AddMinutes(1)));

        Assert.Equal((RuleKind.InvalidArgument, "started_at"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Start_corrected_after_the_end_is_refused_naming_started_at_and_changes_nothing()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start.AddHours(1));

        var error = Assert.Throws<RuleViolationException>(() => Correct(interruption, startedAt: s_start.AddHours(1).AddTicks(1)));

        Assert.Equal((RuleKind.InvalidArgument, "started_at"), (error.Kind, error.Subject));
        Assert.Equal((s_start, 2L), (interruption.StartedAt, interruption.Version));
        Assert.Empty(interruption.Corrections);
    }

    [Fact]
    public void End_corrected_before_the_start_is_refused_naming_ended_at()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start.AddHours(1));

        var error = Assert.Throws<RuleViolationException>(() => Correct(interruption, endedAt: s_start.AddTicks(-1)));

        Assert.Equal((RuleKind.InvalidArgument, "ended_at"), (error.Kind, error.Subject));
    }

    [Fact]
    public void End_corrected_into_the_future_is_refused_naming_ended_at()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start.AddHours(1));

        var error = Assert.Throws<RuleViolationException>(() => Correct(interruption, endedAt: s_now.AddTicks(1)));

        Assert.Equal((RuleKind.InvalidArgument, "ended_at"), (error.Kind, error.Subject));
    }

    [Fact]
    public void End_of_an_ongoing_interruption_cannot_be_corrected_only_reported()
    {
        var interruption = new InterruptionBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(() => Correct(interruption, endedAt: s_start.AddHours(1)));

        Assert.Equal((RuleKind.FailedPrecondition, "interruption.not_ended"), (error.Kind, error.Code));
        Assert.True(interruption.Ongoing);
    }

    [Fact]
    public void Start_and_end_corrected_to_the_same_instant_are_accepted()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start.AddHours(1));

        Correct(interruption, startedAt: s_start.AddHours(2), endedAt: s_start.AddHours(2));

        Assert.Equal(TimeSpan.Zero, interruption.DurationAt(s_now));
    }

    private static void Correct(Interruption interruption, DateTimeOffset? startedAt = null, DateTimeOffset? endedAt = null) =>
        interruption.Correct(new CorrectionRequest(startedAt, endedAt, null, null), "Times from the log", Operator, interruption.Version, s_now);
}
