using Platform.Assurance.Domain.Interruptions;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Interruptions;

public sealed class InterruptionCorrectionTests
{
    private const string Operator = InterruptionBuilder.Operator;
    private static readonly DateTimeOffset s_now = InterruptionBuilder.Now;
    private static readonly DateTimeOffset s_start = InterruptionBuilder.Start;

    [Fact]
    public void Correction_is_kept_with_who_made_it_when_why_and_what_changed()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start.AddHours(1));
        var at = s_now.AddMinutes(5);

        interruption.Correct(new CorrectionRequest(s_start.AddHours(-1), null, false, null), "Power grid failure, per the utility", "duty-manager", interruption.Version, at);

        var correction = Assert.Single(interruption.Corrections);
        Assert.Equal((1, at, "duty-manager", "Power grid failure, per the utility"), (correction.Sequence, correction.At, correction.Actor, correction.Reason));
        Assert.Equal(
            [
                new FieldChange(FieldChange.StartedAt, $"{s_start:O}", $"{s_start.AddHours(-1):O}"),
                new FieldChange(FieldChange.CausedByPromisor, "caused by the promisor", "not caused by the promisor"),
            ],
            correction.Changes);
        Assert.Equal(("Corrected", "duty-manager", at, 3L), (interruption.History[^1].Action, interruption.History[^1].Actor, interruption.History[^1].At, interruption.Version));
    }

    [Fact]
    public void Correction_raises_its_event_with_the_correction()
    {
        var interruption = new InterruptionBuilder().Build();

        interruption.Correct(new CorrectionRequest(null, null, false, null), "Caused by the carrier", Operator, interruption.Version, s_now);

        var made = Assert.IsType<InterruptionCorrectionMade>(Assert.Single(interruption.DomainEvents));
        Assert.Equal((2L, FieldChange.CausedByPromisor), (made.Version, Assert.Single(made.Correction.Changes).Field));
        Assert.False(interruption.CausedByPromisor);
    }

    [Fact]
    public void Scope_correction_replaces_what_is_affected()
    {
        var interruption = new InterruptionBuilder().Build();
        var all = InterruptionScope.Of(["customer hotline", "web portal"], [], true);

        interruption.Correct(new CorrectionRequest(null, null, null, all), "Every customer was affected", Operator, interruption.Version, s_now);

        Assert.Equal(all, interruption.Scope);
        Assert.Equal(FieldChange.Scope, Assert.Single(interruption.Corrections[0].Changes).Field);
    }

    [Fact]
    public void Correction_to_the_values_held_changes_nothing_and_is_a_failed_precondition()
    {
        var interruption = new InterruptionBuilder().Build();
        var same = new CorrectionRequest(s_start, null, true, InterruptionBuilder.Scope());

        var error = Assert.Throws<RuleViolationException>(() => interruption.Correct(same, "No change", Operator, interruption.Version, s_now));

        Assert.Equal((RuleKind.FailedPrecondition, "interruption.correction_changes_nothing"), (error.Kind, error.Code));
        Assert.Equal(1L, interruption.Version);
    }

    [Fact]
    public void Correction_with_nothing_set_is_a_failed_precondition()
    {
        var interruption = new InterruptionBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(
            () => interruption.Correct(new CorrectionRequest(null, null, null, null), "Nothing", Operator, interruption.Version, s_now));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
    }

    [Fact]
    public void Correction_needs_a_reason()
    {
        var interruption = new InterruptionBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(
            () => interruption.Correct(new CorrectionRequest(null, null, false, null), "  ", Operator, interruption.Version, s_now));

        Assert.Equal((RuleKind.InvalidArgument, "reason"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Stale_version_is_a_conflict_on_the_version()
    {
        var interruption = new InterruptionBuilder().BuildEnded(s_start.AddHours(1));

        var error = Assert.Throws<RuleViolationException>(
            () => interruption.Correct(new CorrectionRequest(null, null, false, null), "Carrier", Operator, interruption.Version - 1, s_now));

        Assert.Equal((RuleKind.ConcurrencyConflict, "version"), (error.Kind, error.Subject));
        Assert.True(interruption.CausedByPromisor);
    }

    [Fact]
    public void Report_and_end_raise_their_events_with_the_version_after_them()
    {
        var interruption = Interruption.Report(Guid.CreateVersion7(), InterruptionBuilder.Request, InterruptionBuilder.Promisor, s_start, InterruptionBuilder.Scope(), true, null, Operator, s_now);
        var reported = Assert.IsType<InterruptionStartReported>(Assert.Single(interruption.DomainEvents));
        interruption.ClearDomainEvents();

        interruption.End(s_start.AddHours(2), "Switch replaced", Operator, interruption.Version, s_now);

        var ended = Assert.IsType<InterruptionEndReported>(Assert.Single(interruption.DomainEvents));
        Assert.Equal((1L, 2L), (reported.Version, ended.Version));
        Assert.Equal(["Started", "Ended"], interruption.History.Select(h => h.Action));
    }

    [Fact]
    public void Request_id_reused_with_other_content_already_exists()
    {
        var interruption = new InterruptionBuilder().Build();

        var error = Assert.Throws<RuleViolationException>(() => interruption.EnsureReportedBy(InterruptionBuilder.Request with { Fingerprint = "other" }));

        Assert.Equal((RuleKind.AlreadyExists, "request_id"), (error.Kind, error.Subject));
    }
}
