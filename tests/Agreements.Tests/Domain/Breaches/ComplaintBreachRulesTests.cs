using Platform.Agreements.Domain.Breaches;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain.Breaches;

/// <summary>Clauses 2.3.1 (minor by 4.1) and 4.2.2.</summary>
public sealed class ComplaintBreachRulesTests
{
    [Fact]
    public void Missed_first_response_is_a_minor_breach_of_2_3_1()
    {
        var fact = BreachFacts.MissedClock(SlaClock.FirstResponse);

        var finding = BreachRules.ForMissedClock(fact, agreementWasActive: true);

        Assert.NotNull(finding);
        Assert.Equal("2.3.1", finding.Clause.Number);
        Assert.Equal(BreachSeverity.Minor, finding.Severity);
        Assert.Equal(fact.AgreementId, finding.AgreementId);
        Assert.Equal($"complaint:{fact.ComplaintId}:first_response", finding.Evidence.Key);
        Assert.Equal(fact.DueAt, finding.FactAt);
        Assert.Equal($"No first response to complaint {fact.ComplaintId} by 2026-04-10T08:00:00Z", finding.Description);
    }

    [Fact]
    public void Missed_solution_or_update_is_a_minor_breach_of_2_3_1()
    {
        var finding = BreachRules.ForMissedClock(BreachFacts.MissedClock(SlaClock.SolutionOrUpdate), agreementWasActive: true);

        Assert.NotNull(finding);
        Assert.Equal(BreachClause.ResponseTime, finding.Clause);
        Assert.Equal(BreachSeverity.Minor, finding.Severity);
        Assert.StartsWith("No solution or progress update", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Major_complaint_unresolved_at_deadline_is_a_major_breach_of_4_2_2()
    {
        var fact = BreachFacts.MissedClock(SlaClock.MajorResolution, ComplaintSeverity.Major);

        var finding = BreachRules.ForMissedClock(fact, agreementWasActive: true);

        Assert.NotNull(finding);
        Assert.Equal("4.2.2", finding.Clause.Number);
        Assert.Equal(BreachSeverity.Major, finding.Severity);
        Assert.Equal($"complaint:{fact.ComplaintId}:major_resolution", finding.Evidence.Key);
        Assert.Equal(fact.DueAt, finding.FactAt);
    }

    [Fact]
    public void Resolution_clock_missed_on_a_normal_complaint_is_no_breach()
    {
        var finding = BreachRules.ForMissedClock(BreachFacts.MissedClock(SlaClock.MajorResolution, ComplaintSeverity.Normal), agreementWasActive: true);

        Assert.Null(finding);
    }

    [Fact]
    public void Response_clock_of_a_major_complaint_is_still_a_minor_breach_of_2_3_1()
    {
        var finding = BreachRules.ForMissedClock(BreachFacts.MissedClock(SlaClock.FirstResponse, ComplaintSeverity.Major), agreementWasActive: true);

        Assert.NotNull(finding);
        Assert.Equal(BreachClause.ResponseTime, finding.Clause);
    }

    [Theory]
    [InlineData(SlaClock.FirstResponse)]
    [InlineData(SlaClock.SolutionOrUpdate)]
    [InlineData(SlaClock.MajorResolution)]
    public void Clock_missed_while_the_agreement_was_not_active_is_no_breach(SlaClock clock)
    {
        var finding = BreachRules.ForMissedClock(BreachFacts.MissedClock(clock, ComplaintSeverity.Major), agreementWasActive: false);

        Assert.Null(finding);
    }

    [Fact]
    public void Missed_clock_without_an_agreement_is_an_invalid_argument()
    {
        var fact = BreachFacts.MissedClock() with { AgreementId = Guid.Empty };

        var error = Assert.Throws<RuleViolationException>(() => BreachRules.ForMissedClock(fact, agreementWasActive: true));

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("agreement_id", error.Subject);
    }

    [Fact]
    public void Missed_clock_with_an_unknown_complaint_severity_is_an_invalid_argument()
    {
        var fact = BreachFacts.MissedClock() with { ComplaintSeverity = (ComplaintSeverity)9 };

        var error = Assert.Throws<RuleViolationException>(() => BreachRules.ForMissedClock(fact, agreementWasActive: true));

        Assert.Equal("complaint_severity", error.Subject);
    }

    [Fact]
    public void Solution_clearly_below_industry_standard_is_a_major_breach_of_4_2_2()
    {
        var fact = BreachFacts.BelowStandard();

        var finding = BreachRules.ForSolutionBelowStandard(fact, agreementWasActive: true);

        Assert.NotNull(finding);
        Assert.Equal("4.2.2", finding.Clause.Number);
        Assert.Equal(BreachSeverity.Major, finding.Severity);
        Assert.Equal($"complaint:{fact.ComplaintId}:below_standard", finding.Evidence.Key);
        Assert.Equal(fact.MarkedAt, finding.FactAt);
    }

    [Fact]
    public void Below_standard_breach_does_not_copy_the_free_text_reason()
    {
        var finding = BreachRules.ForSolutionBelowStandard(BreachFacts.BelowStandard(), agreementWasActive: true);

        Assert.NotNull(finding);
        Assert.DoesNotContain("Jane Doe", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Solution_below_standard_while_the_agreement_was_not_active_is_no_breach()
    {
        Assert.Null(BreachRules.ForSolutionBelowStandard(BreachFacts.BelowStandard(), agreementWasActive: false));
    }
}
