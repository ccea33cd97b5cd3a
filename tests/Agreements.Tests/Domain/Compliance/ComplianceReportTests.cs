using Platform.Agreements.Domain;
using Platform.Agreements.Domain.Breaches;
using Platform.Agreements.Domain.Compliance;
using Platform.Agreements.Domain.Facts;
using Platform.SharedKernel;

namespace Platform.Agreements.Tests.Domain.Compliance;

public sealed class ComplianceReportTests
{
    // Terms of the builder: resolution 95%, major 98%, floor 85 of 0–100, rectification 3 months.
    private static readonly DateTimeOffset s_april = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_may = new(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Agreement _agreement = new AgreementBuilder().BuildActive();

    [Theory]
    [InlineData(100, 90, ComplianceStatus.Missed)]
    [InlineData(100, 95, ComplianceStatus.AtRisk)]
    [InlineData(1000, 959, ComplianceStatus.AtRisk)]
    [InlineData(100, 96, ComplianceStatus.Met)]
    public void Resolution_rate_is_judged_against_its_target(int filed, int resolved, ComplianceStatus expected)
    {
        var line = Clause(Report(periods: [Period(ResolutionScope.All, filed, resolved)]), "Complaint resolution rate");

        Assert.Equal(expected, line.Status);
        Assert.Equal("at least 95%", line.Target);
    }

    [Fact]
    public void Without_closed_periods_resolution_rates_have_no_data()
    {
        var report = Report();

        Assert.Equal(ComplianceStatus.NoData, Clause(report, "Complaint resolution rate").Status);
        Assert.Equal(ComplianceStatus.NoData, Clause(report, "Major-complaint resolution rate").Status);
    }

    [Fact]
    public void A_missed_clock_in_the_period_misses_clause_2_3_1()
    {
        var breach = Breach.Determine(Guid.NewGuid(), BreachRules.ForMissedClock(
            new SlaClockMissed(Guid.NewGuid(), _agreement.Id, SlaClock.FirstResponse, s_april.AddDays(3), ComplaintSeverity.Normal), agreementWasActive: true)!, s_april.AddDays(3));

        var line = Clause(Report(breaches: [breach], periods: [Period(ResolutionScope.All, 10, 10)]), "Complaint response and solution times");

        Assert.Equal(ComplianceStatus.Missed, line.Status);
        Assert.StartsWith("1 clock(s) missed", line.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void Response_time_attainment_is_the_share_of_complaints_that_missed_no_clock_each_counted_once()
    {
        // Two clocks missed on one complaint, one on another: 2 of 10 complaints late, 80% answered in time.
        var twice = Guid.NewGuid();
        Breach Missed(Guid complaint, SlaClock clock, int day) => Breach.Determine(Guid.NewGuid(), BreachRules.ForMissedClock(
            new SlaClockMissed(complaint, _agreement.Id, clock, s_april.AddDays(day), ComplaintSeverity.Normal), agreementWasActive: true)!, s_april.AddDays(day));

        var line = Clause(
            Report(breaches: [Missed(twice, SlaClock.FirstResponse, 3), Missed(twice, SlaClock.SolutionOrUpdate, 4), Missed(Guid.NewGuid(), SlaClock.FirstResponse, 5)], periods: [Period(ResolutionScope.All, 10, 10)]),
            "Complaint response and solution times");

        Assert.Equal((80m, 100m), (line.MeasuredValue, line.TargetValue));
        Assert.Equal("3 clock(s) missed; 10 complaint(s) filed; 80% answered in time", line.Measured);
    }

    [Fact]
    public void Figures_are_given_as_numbers_for_the_rates_and_the_survey_and_not_where_nothing_was_measured()
    {
        var report = Report(periods: [Period(ResolutionScope.All, 200, 193)], surveys: [Survey(80m, rectifiedAt: null)], now: s_april.AddMonths(1));

        Assert.Equal((96.5m, 95m), (Clause(report, "Complaint resolution rate").MeasuredValue, Clause(report, "Complaint resolution rate").TargetValue));
        Assert.Equal((80m, 85m), (Clause(report, "Customer satisfaction").MeasuredValue, Clause(report, "Customer satisfaction").TargetValue));
        Assert.Null(Clause(report, "Major-complaint resolution rate").MeasuredValue);
        Assert.Null(Clause(report, "Dedicated service fund").MeasuredValue);
    }

    [Fact]
    public void No_missed_clock_with_complaints_filed_meets_clause_2_3_1()
    {
        Assert.Equal(ComplianceStatus.Met, Clause(Report(periods: [Period(ResolutionScope.All, 10, 10)]), "Complaint response and solution times").Status);
    }

    [Fact]
    public void A_survey_at_the_floor_meets_clause_2_3_3()
    {
        Assert.Equal(ComplianceStatus.Met, Clause(Report(surveys: [Survey(85m, rectifiedAt: null)]), "Customer satisfaction").Status);
    }

    [Fact]
    public void A_survey_below_the_floor_is_at_risk_while_rectification_is_due()
    {
        var line = Clause(Report(surveys: [Survey(80m, rectifiedAt: null)], now: s_april.AddMonths(1)), "Customer satisfaction");

        Assert.Equal(ComplianceStatus.AtRisk, line.Status);
        Assert.Contains("rectification due 2026-07-10", line.Measured, StringComparison.Ordinal);
    }

    [Fact]
    public void A_survey_below_the_floor_not_rectified_by_the_deadline_misses_clause_2_3_3()
    {
        Assert.Equal(ComplianceStatus.Missed, Clause(Report(surveys: [Survey(80m, rectifiedAt: null)], now: s_april.AddMonths(4)), "Customer satisfaction").Status);
    }

    [Fact]
    public void A_survey_below_the_floor_rectified_in_time_meets_clause_2_3_3()
    {
        Assert.Equal(ComplianceStatus.Met, Clause(Report(surveys: [Survey(80m, rectifiedAt: s_april.AddMonths(2))], now: s_april.AddMonths(4)), "Customer satisfaction").Status);
    }

    [Fact]
    public void Section_3_has_no_data_until_Assurance_reports_on_it()
    {
        var report = Report();

        Assert.All(report.Where(c => c.Clause.StartsWith("3.", StringComparison.Ordinal)), c => Assert.Equal(ComplianceStatus.NoData, c.Status));
        Assert.Equal(["2.3.1", "2.3.2", "2.3.2", "2.3.3", "3.1", "3.2", "3.3"], report.Select(c => c.Clause));
    }

    [Fact]
    public void A_year_end_funding_shortfall_in_the_period_misses_clause_3_1()
    {
        var facts = Facts() with { FundingShortfalls = [new FundingShortfallRecord("org-acme", 2026, 1.8m, 2.5m)] };

        var line = ComplianceReport.Build(_agreement, s_april, s_may, facts, s_may).Clauses.Single(c => c.Clause == "3.1");

        Assert.Equal((ComplianceStatus.Missed, "1.8% of revenue in 2026 (required 2.5%)"), (line.Status, line.Measured));
    }

    [Fact]
    public void A_team_short_at_any_instant_of_the_period_misses_clause_3_2()
    {
        var facts = Facts() with
        {
            StaffingChanges =
            [
                new StaffingChangeRecord(Guid.NewGuid(), "org-acme", s_april.AddDays(-20), isShort: true, 17, 20),
                new StaffingChangeRecord(Guid.NewGuid(), "org-acme", s_april.AddDays(5), isShort: false, 21, null),
            ],
        };

        var line = ComplianceReport.Build(_agreement, s_april, s_may, facts, s_may).Clauses.Single(c => c.Clause == "3.2");

        Assert.Equal(ComplianceStatus.Missed, line.Status);
        Assert.Equal("short from 2026-03-12: 17 people (required 20)", line.Measured);
    }

    [Fact]
    public void A_team_restored_before_the_period_meets_clause_3_2()
    {
        var facts = Facts() with
        {
            StaffingChanges =
            [
                new StaffingChangeRecord(Guid.NewGuid(), "org-acme", s_april.AddDays(-20), isShort: true, 17, 20),
                new StaffingChangeRecord(Guid.NewGuid(), "org-acme", s_april.AddDays(-5), isShort: false, 22, null),
            ],
        };

        var line = ComplianceReport.Build(_agreement, s_april, s_may, facts, s_may).Clauses.Single(c => c.Clause == "3.2");

        Assert.Equal((ComplianceStatus.Met, "no shortfall; 22 people last reported"), (line.Status, line.Measured));
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => ComplianceReport.Build(_agreement, s_may, s_april, Facts(), s_may));

        Assert.Equal("period_end", error.Subject);
    }

    [Fact]
    public void A_draft_has_no_report()
    {
        var draft = new AgreementBuilder().BuildDraft();

        var error = Assert.Throws<RuleViolationException>(() => ComplianceReport.Build(draft, s_april, s_may, Facts(), s_may));

        Assert.Equal(RuleKind.FailedPrecondition, error.Kind);
    }

    private IReadOnlyList<ClauseCompliance> Report(
        IReadOnlyList<ResolutionPeriodRecord>? periods = null,
        IReadOnlyList<SurveyRecord>? surveys = null,
        IReadOnlyList<Breach>? breaches = null,
        DateTimeOffset? now = null) =>
        ComplianceReport.Build(_agreement, s_april, s_may, Facts(periods, surveys, breaches), now ?? s_may).Clauses;

    private static ComplianceFacts Facts(
        IReadOnlyList<ResolutionPeriodRecord>? periods = null,
        IReadOnlyList<SurveyRecord>? surveys = null,
        IReadOnlyList<Breach>? breaches = null) =>
        new(periods ?? [], surveys ?? [], breaches ?? []);

    private ResolutionPeriodRecord Period(ResolutionScope scope, int filed, int resolved) =>
        new(_agreement.Id, s_april, s_may, scope, filed, resolved);

    private SurveyRecord Survey(decimal score, DateTimeOffset? rectifiedAt)
    {
        var survey = new SurveyRecord(Guid.NewGuid(), "org-acme", 2025, score, s_april.AddDays(9), [_agreement.Id]);
        if (rectifiedAt is { } at)
        {
            survey.Rectify(at);
        }

        return survey;
    }

    private static ClauseCompliance Clause(IReadOnlyList<ClauseCompliance> report, string title) => report.Single(c => c.Title == title);
}
