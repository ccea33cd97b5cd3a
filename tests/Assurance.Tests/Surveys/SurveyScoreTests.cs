using Platform.Assurance.Domain.Surveys;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Surveys;

/// <summary>Clause 2.3.3: a score below the floor S, judged on the terms' scale.</summary>
public sealed class SurveyScoreTests
{
    [Theory]
    [InlineData(84.99, true)]
    [InlineData(85, false)]
    [InlineData(85.01, false)]
    public void Score_below_the_floor_misses_it_and_a_score_at_the_floor_meets_it(decimal score, bool below)
    {
        Assert.Equal(below, SurveyScore.Of(score, 0m, 100m).IsBelowFloorOf(SurveyBuilder.Terms(floor: 85m)));
    }

    [Theory]
    [InlineData(4.25, false)]
    [InlineData(4.24, true)]
    [InlineData(5, false)]
    [InlineData(1, true)]
    public void Score_on_a_five_point_scale_is_converted_linearly_to_the_terms_hundred_point_scale(decimal score, bool below)
    {
        // 4.25 of 0–5 is 85 of 0–100.
        Assert.Equal(below, SurveyScore.Of(score, 0m, 5m).IsBelowFloorOf(SurveyBuilder.Terms(floor: 85m)));
    }

    [Fact]
    public void Score_exactly_at_a_floor_that_converts_to_a_repeating_decimal_meets_it()
    {
        // 2.55 of 0–3 is exactly 85 of 0–100; dividing first would give 84.999… and call it below.
        var score = SurveyScore.Of(2.55m, 0m, 3m);

        Assert.False(score.IsBelowFloorOf(SurveyBuilder.Terms(floor: 85m)));
        Assert.True(SurveyScore.Of(2.5499m, 0m, 3m).IsBelowFloorOf(SurveyBuilder.Terms(floor: 85m)));
    }

    [Fact]
    public void Scales_with_different_minimums_convert_by_their_ranges()
    {
        // 1–10 → 0–100: 8.65 is (8.65 − 1) × 100 / 9 = 85.
        Assert.False(SurveyScore.Of(8.65m, 1m, 10m).IsBelowFloorOf(SurveyBuilder.Terms(floor: 85m)));
        Assert.Equal(85m, SurveyScore.Of(8.65m, 1m, 10m).OnScale(0m, 100m));
        Assert.Equal(84.8889m, SurveyScore.Of(8.64m, 1m, 10m).OnScale(0m, 100m));
    }

    [Fact]
    public void Terms_without_a_valid_scale_are_read_on_the_scores_own_scale()
    {
        var terms = SurveyBuilder.Terms(floor: 4m, scaleMin: 0m, scaleMax: 0m);

        Assert.True(SurveyScore.Of(3.9m, 0m, 5m).IsBelowFloorOf(terms));
        Assert.False(SurveyScore.Of(4m, 0m, 5m).IsBelowFloorOf(terms));
    }

    [Fact]
    public void Score_on_the_same_scale_is_shown_unconverted() =>
        Assert.Equal(84.123456m, SurveyScore.Of(84.123456m, 0m, 100m).OnScale(0m, 100m));

    [Theory]
    [InlineData(null, 0, 100, "score")]
    [InlineData(80, null, 100, "scale_min")]
    [InlineData(80, 0, null, "scale_max")]
    [InlineData(5, 10, 10, "scale_max")]
    [InlineData(5, 10, 1, "scale_max")]
    [InlineData(101, 0, 100, "score")]
    [InlineData(-1, 0, 100, "score")]
    public void Score_without_a_scale_or_outside_it_is_an_invalid_argument_naming_the_field(int? score, int? min, int? max, string field)
    {
        var error = Assert.Throws<RuleViolationException>(() => SurveyScore.Of((decimal?)score, (decimal?)min, (decimal?)max));

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
    }

    [Fact]
    public void Score_at_either_end_of_the_scale_is_valid()
    {
        Assert.Equal(0m, SurveyScore.Of(0m, 0m, 100m).Score);
        Assert.Equal(100m, SurveyScore.Of(100m, 0m, 100m).Score);
    }
}
