using Platform.Agreements.Domain.Breaches;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain.Breaches;

/// <summary>Clause 2.3.2, minor by 4.1.</summary>
public sealed class ResolutionRateBreachRulesTests
{
    [Fact]
    public void Rate_below_target_is_a_minor_breach_of_2_3_2()
    {
        var fact = BreachFacts.April(filed: 40, resolved: 29);

        var finding = BreachRules.ForResolutionPeriod(fact, targetPercent: 90m, agreementWasActive: true);

        Assert.NotNull(finding);
        Assert.Equal("2.3.2", finding.Clause.Number);
        Assert.Equal(BreachSeverity.Minor, finding.Severity);
        Assert.Equal($"period:{fact.AgreementId}:2026-04-01:all", finding.Evidence.Key);
        Assert.Equal(fact.PeriodEnd, finding.FactAt);
        Assert.Equal("Resolution rate 72.5% in 2026-04 below target 90%", finding.Description);
    }

    [Fact]
    public void Rate_exactly_at_target_is_no_breach()
    {
        var finding = BreachRules.ForResolutionPeriod(BreachFacts.April(filed: 40, resolved: 36), targetPercent: 90m, agreementWasActive: true);

        Assert.Null(finding);
    }

    [Fact]
    public void Rate_above_target_is_no_breach()
    {
        Assert.Null(BreachRules.ForResolutionPeriod(BreachFacts.April(filed: 40, resolved: 40), targetPercent: 90m, agreementWasActive: true));
    }

    [Fact]
    public void Rate_a_fraction_below_target_is_a_breach_and_never_reads_as_equal_to_it()
    {
        var finding = BreachRules.ForResolutionPeriod(BreachFacts.April(filed: 3, resolved: 2), targetPercent: 66.67m, agreementWasActive: true);

        Assert.NotNull(finding);
        Assert.Equal("Resolution rate 66.66% in 2026-04 below target 66.67%", finding.Description);
    }

    [Fact]
    public void Period_with_no_complaints_filed_is_no_breach()
    {
        Assert.Null(BreachRules.ForResolutionPeriod(BreachFacts.April(filed: 0, resolved: 0), targetPercent: 90m, agreementWasActive: true));
    }

    [Fact]
    public void Major_complaint_rate_below_its_target_is_a_breach_with_its_own_evidence()
    {
        var fact = BreachFacts.April(filed: 4, resolved: 2, scope: ResolutionScope.Major);

        var finding = BreachRules.ForResolutionPeriod(fact, targetPercent: 95m, agreementWasActive: true);

        Assert.NotNull(finding);
        Assert.Equal(BreachClause.ResolutionRate, finding.Clause);
        Assert.Equal($"period:{fact.AgreementId}:2026-04-01:major", finding.Evidence.Key);
        Assert.Equal("Major-complaint resolution rate 50% in 2026-04 below target 95%", finding.Description);
    }

    [Theory]
    [InlineData("2026-04-01", "2026-07-01", "2026-Q2")]
    [InlineData("2026-01-01", "2027-01-01", "2026")]
    [InlineData("2026-04-10", "2026-05-10", "2026-04-10 to 2026-05-09")]
    [InlineData("2026-05-01", "2026-08-01", "2026-05-01 to 2026-07-31")]
    public void Period_is_described_as_a_person_names_it(string start, string end, string label)
    {
        var fact = BreachFacts.April() with { PeriodStart = Utc(start), PeriodEnd = Utc(end) };

        var finding = BreachRules.ForResolutionPeriod(fact, targetPercent: 90m, agreementWasActive: true);

        Assert.NotNull(finding);
        Assert.Equal($"Resolution rate 72.5% in {label} below target 90%", finding.Description);
    }

    [Fact]
    public void Period_closed_while_the_agreement_was_not_active_is_no_breach()
    {
        Assert.Null(BreachRules.ForResolutionPeriod(BreachFacts.April(), targetPercent: 90m, agreementWasActive: false));
    }

    [Theory]
    [InlineData(-1, 0, "filed")]
    [InlineData(10, -1, "resolved")]
    [InlineData(10, 11, "resolved")]
    public void Impossible_counts_are_an_invalid_argument_naming_the_count(int filed, int resolved, string field)
    {
        var error = Assert.Throws<RuleViolationException>(
            () => BreachRules.ForResolutionPeriod(BreachFacts.April(filed, resolved), targetPercent: 90m, agreementWasActive: true));

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal(field, error.Subject);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100.01)]
    public void Target_outside_0_to_100_percent_is_an_invalid_argument(decimal target)
    {
        var error = Assert.Throws<RuleViolationException>(
            () => BreachRules.ForResolutionPeriod(BreachFacts.April(), target, agreementWasActive: true));

        Assert.Equal("target_percent", error.Subject);
    }

    [Fact]
    public void Period_ending_before_it_starts_is_an_invalid_argument()
    {
        var fact = BreachFacts.April() with { PeriodEnd = BreachFacts.April().PeriodStart };

        var error = Assert.Throws<RuleViolationException>(() => BreachRules.ForResolutionPeriod(fact, targetPercent: 90m, agreementWasActive: true));

        Assert.Equal("period_end", error.Subject);
    }

    private static DateTimeOffset Utc(string date) =>
        new(DateTime.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero);
}
