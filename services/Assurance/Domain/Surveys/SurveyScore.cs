using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Surveys;

/// <summary>A survey score on the evaluator's scale (<see cref="ScaleMin"/> below <see cref="ScaleMax"/>, the score within it).</summary>
public sealed record SurveyScore
{
    private SurveyScore(decimal score, decimal scaleMin, decimal scaleMax)
    {
        Score = score;
        ScaleMin = scaleMin;
        ScaleMax = scaleMax;
    }

    public decimal Score { get; }

    public decimal ScaleMin { get; }

    public decimal ScaleMax { get; }

    public static SurveyScore Of(decimal? score, decimal? scaleMin, decimal? scaleMax)
    {
        var value = score ?? throw RuleViolationException.Invalid("score", "score is required.");
        var min = scaleMin ?? throw RuleViolationException.Invalid("scale_min", "scale_min is required: the lowest score of the evaluator's scale.");
        var max = scaleMax ?? throw RuleViolationException.Invalid("scale_max", "scale_max is required: the highest score of the evaluator's scale.");
        if (max <= min)
        {
            throw RuleViolationException.Invalid("scale_max", $"scale_max {max} must be above scale_min {min}.");
        }

        if (value < min || value > max)
        {
            throw RuleViolationException.Invalid("score", $"score {value} is outside the evaluator's scale {min}–{max}.");
        }

        return new SurveyScore(value, min, max);
    }

    /// <summary>
    /// Whether the score is below the floor of <paramref name="terms"/>, on the terms' scale: linearly converted
    /// when the scales differ, compared without dividing so no rounding moves a score across the floor. A score
    /// exactly at the floor meets it.
    /// </summary>
    public bool IsBelowFloorOf(SatisfactionTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var (min, max) = terms.ScaleFor(this);
        // min + (Score - ScaleMin) * (max - min) / (ScaleMax - ScaleMin) < Floor, times (ScaleMax - ScaleMin) > 0.
        return (Score - ScaleMin) * (max - min) < (terms.Floor - min) * (ScaleMax - ScaleMin);
    }

    /// <summary>The score on the scale <paramref name="min"/>–<paramref name="max"/>, rounded to 4 decimals; exact when the scales are the same.</summary>
    public decimal OnScale(decimal min, decimal max) =>
        min == ScaleMin && max == ScaleMax
            ? Score
            : Math.Round(min + ((Score - ScaleMin) * (max - min) / (ScaleMax - ScaleMin)), 4, MidpointRounding.AwayFromZero);
}
