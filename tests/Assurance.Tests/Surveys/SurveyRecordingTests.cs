using Platform.Assurance.Domain.Surveys;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Surveys;

/// <summary>What a survey result must say to be recorded (clauses 1.5, 2.3.3).</summary>
public sealed class SurveyRecordingTests
{
    private static readonly SurveyScore Score = SurveyScore.Of(80m, 0m, 100m);

    [Fact]
    public void Recorded_survey_raises_SurveyRecorded()
    {
        var survey = new SurveyBuilder().Build();

        Assert.IsType<SurveyRecorded>(Assert.Single(survey.DomainEvents));
        Assert.Equal((SurveyBuilder.Promisor, 2025, true, 1L), (survey.PromisorId, survey.Year, survey.WholePromisor, survey.Version));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1899)]
    [InlineData(2027)]
    public void Year_missing_or_in_the_future_is_an_invalid_argument(int year)
    {
        var error = Assert.Throws<RuleViolationException>(() => SurveyResult.Of(year, Score, SurveyBuilder.ReportReceivedAt, SurveyBuilder.Now));

        Assert.Equal((RuleKind.InvalidArgument, "year"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Current_year_may_be_surveyed() =>
        Assert.Equal(2026, SurveyResult.Of(2026, Score, SurveyBuilder.ReportReceivedAt, SurveyBuilder.Now).Year);

    [Theory]
    [InlineData("2024-12-31T23:59:59Z")]
    [InlineData("2026-04-01T09:00:01Z")]
    public void Report_received_before_the_year_surveyed_or_in_the_future_is_an_invalid_argument(string receivedAt)
    {
        var error = Assert.Throws<RuleViolationException>(
            () => SurveyResult.Of(2025, Score, DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture), SurveyBuilder.Now));

        Assert.Equal((RuleKind.InvalidArgument, "report_received_at"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Report_received_on_the_first_instant_of_the_year_surveyed_is_valid() =>
        Assert.NotNull(SurveyResult.Of(2025, Score, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), SurveyBuilder.Now));

    [Fact]
    public void Evaluator_chosen_by_another_promisor_is_a_failed_precondition()
    {
        var error = Assert.Throws<RuleViolationException>(() => Survey.Record(
            Guid.NewGuid(), SurveyBuilder.Request, SurveyBuilder.Promisor, SurveyScope.Promisor(), Result(), SurveyBuilder.Evaluator("org-other"), SurveyBuilder.Officer, SurveyBuilder.Now));

        Assert.Equal((RuleKind.FailedPrecondition, "survey.evaluator_of_other_promisor"), (error.Kind, error.Code));
    }

    [Fact]
    public void Evaluator_that_declared_independence_after_the_report_is_a_failed_precondition()
    {
        var evaluator = SurveyBuilder.Evaluator(declaredAt: SurveyBuilder.ReportReceivedAt.AddDays(1));

        var error = Assert.Throws<RuleViolationException>(() => Survey.Record(
            Guid.NewGuid(), SurveyBuilder.Request, SurveyBuilder.Promisor, SurveyScope.Promisor(), Result(), evaluator, SurveyBuilder.Officer, SurveyBuilder.Now));

        Assert.Equal("survey.evaluator_not_yet_independent", error.Code);
    }

    [Fact]
    public void Second_survey_of_the_same_year_with_an_overlapping_scope_already_exists()
    {
        var survey = new SurveyBuilder().Covering(SurveyBuilder.AgreementId).Build();

        var error = Assert.Throws<RuleViolationException>(() => survey.EnsureNotOverlapping(2025, SurveyScope.Agreements([SurveyBuilder.OtherAgreementId, SurveyBuilder.AgreementId])));

        Assert.Equal((RuleKind.AlreadyExists, "survey.already_recorded"), (error.Kind, error.Code));
    }

    [Fact]
    public void Survey_of_other_agreements_or_another_year_does_not_overlap()
    {
        var survey = new SurveyBuilder().Covering(SurveyBuilder.AgreementId).Build();

        survey.EnsureNotOverlapping(2025, SurveyScope.Agreements([SurveyBuilder.OtherAgreementId]));
        survey.EnsureNotOverlapping(2024, SurveyScope.Promisor());
    }

    [Fact]
    public void Whole_promisor_survey_overlaps_any_survey_of_the_same_promisor()
    {
        Assert.True(SurveyScope.Promisor().Overlaps(SurveyScope.Agreements([SurveyBuilder.AgreementId])));
        Assert.True(SurveyScope.Agreements([SurveyBuilder.AgreementId]).Overlaps(SurveyScope.Promisor()));
    }

    [Fact]
    public void Scope_key_does_not_depend_on_the_order_agreements_are_named_in() =>
        Assert.Equal(
            SurveyScope.Agreements([SurveyBuilder.AgreementId, SurveyBuilder.OtherAgreementId]).Key,
            SurveyScope.Agreements([SurveyBuilder.OtherAgreementId, SurveyBuilder.AgreementId]).Key);

    [Fact]
    public void Scope_naming_no_agreement_or_one_twice_is_an_invalid_argument()
    {
        Assert.Equal("agreement_ids", Assert.Throws<RuleViolationException>(() => SurveyScope.Agreements([])).Subject);
        Assert.Equal("agreement_ids", Assert.Throws<RuleViolationException>(() => SurveyScope.Agreements([SurveyBuilder.AgreementId, SurveyBuilder.AgreementId])).Subject);
    }

    [Fact]
    public void Reused_request_id_with_other_content_already_exists()
    {
        var survey = new SurveyBuilder().Build();

        survey.EnsureRecordedBy(SurveyBuilder.Request);
        var error = Assert.Throws<RuleViolationException>(() => survey.EnsureRecordedBy(SurveyBuilder.Request with { Fingerprint = "other" }));

        Assert.Equal((RuleKind.AlreadyExists, "request_id"), (error.Kind, error.Subject));
    }

    [Theory]
    [InlineData("promisor_id")]
    [InlineData("name")]
    [InlineData("accreditation")]
    [InlineData("independence_declaration")]
    [InlineData("independence_declared_at")]
    [InlineData("actor")]
    public void Evaluator_missing_a_field_is_an_invalid_argument_naming_it(string field)
    {
        string? Value(string name) => name == field ? " " : "given";
        var error = Assert.Throws<RuleViolationException>(() => Evaluator.Register(
            Guid.NewGuid(),
            SurveyBuilder.Request,
            Value("promisor_id"),
            Value("name"),
            Value("accreditation"),
            Value("independence_declaration"),
            field == "independence_declared_at" ? null : SurveyBuilder.Now,
            Value("actor"),
            SurveyBuilder.Now));

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
    }

    [Fact]
    public void Independence_declared_in_the_future_is_an_invalid_argument()
    {
        var error = Assert.Throws<RuleViolationException>(() => SurveyBuilder.Evaluator(declaredAt: SurveyBuilder.Now.AddDays(1)));

        Assert.Equal("independence_declared_at", error.Subject);
    }

    private static SurveyResult Result() => SurveyResult.Of(2025, Score, SurveyBuilder.ReportReceivedAt, SurveyBuilder.Now);
}
