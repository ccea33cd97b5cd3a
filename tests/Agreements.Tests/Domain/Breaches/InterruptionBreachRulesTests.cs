using Platform.Agreements.Domain.Breaches;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain.Breaches;

/// <summary>Clauses 1.3 and 4.2.1; the default interruption started at Now with a 4-hour threshold.</summary>
public sealed class InterruptionBreachRulesTests
{
    private static readonly DateTimeOffset Threshold = BreachFacts.Now.AddHours(4);

    [Fact]
    public void Interruption_still_going_on_at_the_threshold_is_a_major_breach_of_4_2_1()
    {
        var fact = BreachFacts.Interruption();

        var finding = BreachRules.ForInterruption(fact, agreementWasActive: true, now: Threshold);

        Assert.NotNull(finding);
        Assert.Equal("4.2.1", finding.Clause.Number);
        Assert.Equal(BreachSeverity.Major, finding.Severity);
        Assert.Equal($"interruption:{fact.InterruptionId}", finding.Evidence.Key);
        Assert.Equal(Threshold, finding.FactAt);
        Assert.Equal($"Interruption {fact.InterruptionId} caused by the promisor lasted longer than 4 hours", finding.Description);
    }

    [Fact]
    public void Interruption_ended_exactly_at_the_threshold_is_no_breach()
    {
        Assert.Null(BreachRules.ForInterruption(BreachFacts.Interruption(endedAt: Threshold), agreementWasActive: true, now: Threshold));
    }

    [Fact]
    public void Interruption_ended_before_the_threshold_is_no_breach()
    {
        Assert.Null(BreachRules.ForInterruption(BreachFacts.Interruption(endedAt: Threshold.AddMinutes(-30)), agreementWasActive: true, now: Threshold));
    }

    [Fact]
    public void Interruption_ended_a_second_after_the_threshold_is_a_major_breach()
    {
        var finding = BreachRules.ForInterruption(BreachFacts.Interruption(endedAt: Threshold.AddSeconds(1)), agreementWasActive: true, now: Threshold.AddHours(1));

        Assert.NotNull(finding);
        Assert.Equal(BreachClause.MajorInterruption, finding.Clause);
        Assert.Equal(Threshold, finding.FactAt);
    }

    [Fact]
    public void Interruption_not_caused_by_the_promisor_is_no_breach()
    {
        Assert.Null(BreachRules.ForInterruption(BreachFacts.Interruption(causedByPromisor: false), agreementWasActive: true, now: Threshold));
    }

    [Fact]
    public void Interruption_while_the_agreement_was_not_active_is_no_breach()
    {
        Assert.Null(BreachRules.ForInterruption(BreachFacts.Interruption(), agreementWasActive: false, now: Threshold));
    }

    [Fact]
    public void Ongoing_interruption_judged_before_its_threshold_is_a_failed_precondition()
    {
        var error = Assert.Throws<RuleViolationException>(
            () => BreachRules.ForInterruption(BreachFacts.Interruption(), agreementWasActive: true, now: Threshold.AddSeconds(-1)));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("breach.threshold_not_reached", error.Code);
        Assert.Equal("4.2.1", error.Subject);
    }

    [Fact]
    public void Threshold_in_seconds_is_described_in_seconds()
    {
        var fact = BreachFacts.Interruption() with { Threshold = TimeSpan.FromSeconds(90) };

        var finding = BreachRules.ForInterruption(fact, agreementWasActive: true, now: BreachFacts.Now.AddSeconds(90));

        Assert.NotNull(finding);
        Assert.EndsWith("lasted longer than 90 seconds", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_is_the_start_plus_the_threshold()
    {
        Assert.Equal(Threshold, BreachRules.InterruptionDeadline(BreachFacts.Now, TimeSpan.FromHours(4)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    public void Threshold_that_is_not_positive_is_an_invalid_argument(int seconds)
    {
        var error = Assert.Throws<RuleViolationException>(() => BreachRules.InterruptionDeadline(BreachFacts.Now, TimeSpan.FromSeconds(seconds)));

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("threshold", error.Subject);
    }

    [Fact]
    public void Interruption_ending_before_it_started_is_an_invalid_argument()
    {
        var fact = BreachFacts.Interruption(endedAt: BreachFacts.Now.AddSeconds(-1));

        var error = Assert.Throws<RuleViolationException>(() => BreachRules.ForInterruption(fact, agreementWasActive: true, now: Threshold));

        Assert.Equal("ended_at", error.Subject);
    }
}
