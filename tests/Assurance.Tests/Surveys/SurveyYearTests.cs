using Platform.Assurance.Domain.Surveys;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Surveys;

/// <summary>Clause 2.3.3 over the years: a survey a year while an agreement is in force; a year over without one is missing.</summary>
public sealed class SurveyYearTests
{
    private static readonly DateTimeOffset Now = SurveyBuilder.Now;
    private static readonly AgreementPeriod SinceMid2023 = new(new DateTimeOffset(2023, 7, 1, 0, 0, 0, TimeSpan.Zero), null);

    [Fact]
    public void Year_over_with_an_agreement_in_force_and_no_survey_is_missing() =>
        Assert.Equal(SurveyYearStatus.Missing, SurveyRecord.StatusOf(2024, false, [SinceMid2023], Now));

    [Fact]
    public void Year_with_a_survey_is_surveyed() =>
        Assert.Equal(SurveyYearStatus.Surveyed, SurveyRecord.StatusOf(2024, true, [SinceMid2023], Now));

    [Fact]
    public void Current_year_without_a_survey_is_pending_not_missing() =>
        Assert.Equal(SurveyYearStatus.Pending, SurveyRecord.StatusOf(2026, false, [SinceMid2023], Now));

    [Fact]
    public void Year_in_which_the_agreement_took_effect_counts_even_for_part_of_it() =>
        Assert.Equal(SurveyYearStatus.Missing, SurveyRecord.StatusOf(2023, false, [SinceMid2023], Now));

    [Fact]
    public void Year_before_any_agreement_requires_no_survey() =>
        Assert.Equal(SurveyYearStatus.NotRequired, SurveyRecord.StatusOf(2022, false, [SinceMid2023], Now));

    [Fact]
    public void Year_after_the_agreement_ended_requires_no_survey()
    {
        var ended = new AgreementPeriod(new DateTimeOffset(2022, 3, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(SurveyYearStatus.Missing, SurveyRecord.StatusOf(2023, false, [ended], Now));
        Assert.Equal(SurveyYearStatus.NotRequired, SurveyRecord.StatusOf(2024, false, [ended], Now));
    }

    [Fact]
    public void Any_agreement_of_the_promisor_in_force_makes_the_year_required()
    {
        var ended = new AgreementPeriod(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(SurveyYearStatus.Missing, SurveyRecord.StatusOf(2020, false, [ended, SinceMid2023], Now));
        Assert.Equal(SurveyYearStatus.NotRequired, SurveyRecord.StatusOf(2021, false, [ended, SinceMid2023], Now));
    }

    [Fact]
    public void Range_defaults_to_the_last_five_years_up_to_the_current_one() =>
        Assert.Equal((2022, 2026), SurveyRecord.Range(0, 0, Now));

    [Theory]
    [InlineData(2026, 2025, "from_year")]
    [InlineData(1800, 2025, "from_year")]
    [InlineData(1900, 2025, "to_year")]
    [InlineData(0, 9001, "to_year")]
    public void Range_backwards_or_too_long_is_an_invalid_argument_naming_the_field(int from, int to, string field)
    {
        var error = Assert.Throws<RuleViolationException>(() => SurveyRecord.Range(from, to, Now));

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
    }
}
