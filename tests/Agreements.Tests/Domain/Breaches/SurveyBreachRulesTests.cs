using Platform.Agreements.Domain.Breaches;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain.Breaches;

/// <summary>Clause 4.2.3; the default survey scored 72 against a floor of 80, report received at Now, 3 months to rectify.</summary>
public sealed class SurveyBreachRulesTests
{
    private static readonly DateTimeOffset Deadline = BreachFacts.Now.AddMonths(3);

    [Fact]
    public void Low_score_not_rectified_by_the_deadline_is_a_major_breach_of_4_2_3()
    {
        var fact = BreachFacts.LowSurvey();

        var finding = BreachRules.ForUnrectifiedSurvey(fact, agreementWasActive: true, now: Deadline);

        Assert.NotNull(finding);
        Assert.Equal("4.2.3", finding.Clause.Number);
        Assert.Equal(BreachSeverity.Major, finding.Severity);
        Assert.Equal($"survey:{fact.SurveyId}", finding.Evidence.Key);
        Assert.Equal(Deadline, finding.FactAt);
        Assert.Equal($"Survey {fact.SurveyId} score 72 below floor 80 not rectified within 3 months of the report received 2026-04-10", finding.Description);
    }

    [Fact]
    public void Score_exactly_at_the_floor_is_no_breach()
    {
        Assert.Null(BreachRules.ForUnrectifiedSurvey(BreachFacts.LowSurvey(score: 80m), agreementWasActive: true, now: Deadline));
    }

    [Fact]
    public void Rectified_exactly_at_the_deadline_is_no_breach()
    {
        Assert.Null(BreachRules.ForUnrectifiedSurvey(BreachFacts.LowSurvey(rectifiedAt: Deadline), agreementWasActive: true, now: Deadline));
    }

    [Fact]
    public void Rectified_before_the_deadline_is_no_breach_even_when_judged_early()
    {
        Assert.Null(BreachRules.ForUnrectifiedSurvey(BreachFacts.LowSurvey(rectifiedAt: BreachFacts.Now.AddMonths(1)), agreementWasActive: true, now: BreachFacts.Now.AddMonths(1)));
    }

    [Fact]
    public void Rectified_a_second_after_the_deadline_is_a_major_breach()
    {
        var finding = BreachRules.ForUnrectifiedSurvey(BreachFacts.LowSurvey(rectifiedAt: Deadline.AddSeconds(1)), agreementWasActive: true, now: Deadline.AddDays(1));

        Assert.NotNull(finding);
        Assert.Equal(BreachClause.UnrectifiedSurvey, finding.Clause);
    }

    [Fact]
    public void Low_score_while_the_agreement_was_not_active_is_no_breach()
    {
        Assert.Null(BreachRules.ForUnrectifiedSurvey(BreachFacts.LowSurvey(), agreementWasActive: false, now: Deadline));
    }

    [Fact]
    public void Unrectified_score_judged_before_the_deadline_is_a_failed_precondition()
    {
        var error = Assert.Throws<RuleViolationException>(
            () => BreachRules.ForUnrectifiedSurvey(BreachFacts.LowSurvey(), agreementWasActive: true, now: Deadline.AddSeconds(-1)));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
        Assert.Equal("breach.rectification_not_due", error.Code);
        Assert.Equal("4.2.3", error.Subject);
    }

    [Theory]
    [InlineData("2026-01-31T10:00:00Z", 1, "2026-02-28T10:00:00Z")]
    [InlineData("2028-01-31T10:00:00Z", 1, "2028-02-29T10:00:00Z")]
    [InlineData("2026-03-31T10:00:00Z", 1, "2026-04-30T10:00:00Z")]
    [InlineData("2026-08-31T10:00:00Z", 6, "2027-02-28T10:00:00Z")]
    [InlineData("2026-11-30T23:59:59Z", 3, "2027-02-28T23:59:59Z")]
    [InlineData("2026-01-15T10:00:00Z", 3, "2026-04-15T10:00:00Z")]
    [InlineData("2026-12-31T00:00:00Z", 12, "2027-12-31T00:00:00Z")]
    public void Deadline_is_K_calendar_months_after_the_report_and_ends_on_the_last_day_of_a_shorter_month(
        string receivedAt, int months, string expected)
    {
        var deadline = BreachRules.RectificationDeadline(DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture), months);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), deadline);
    }

    [Fact]
    public void Deadline_is_counted_in_UTC_whatever_offset_the_report_time_has()
    {
        // 31 January 02:00 in +08:00 is 30 January 18:00 UTC; one month later is 28 February 18:00 UTC.
        var receivedAt = new DateTimeOffset(2026, 1, 31, 2, 0, 0, TimeSpan.FromHours(8));

        var deadline = BreachRules.RectificationDeadline(receivedAt, 1);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 18, 0, 0, TimeSpan.Zero), deadline);
        Assert.Equal(TimeSpan.Zero, deadline.Offset);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Rectification_period_of_less_than_a_month_is_an_invalid_argument(int months)
    {
        var error = Assert.Throws<RuleViolationException>(() => BreachRules.RectificationDeadline(BreachFacts.Now, months));

        Assert.Equal(RuleKind.InvalidArgument, error.Kind);
        Assert.Equal("rectification_months", error.Subject);
    }
}
