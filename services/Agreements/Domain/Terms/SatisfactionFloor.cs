namespace Platform.Agreements.Domain.Terms;

/// <summary>Clause 2.3.3: the lowest acceptable third-party satisfaction score, on the scale ScaleMin–ScaleMax.</summary>
public sealed record SatisfactionFloor(decimal Score, decimal ScaleMin, decimal ScaleMax)
{
    /// <summary>
    /// A score given on another scale (an evaluator's), expressed linearly on this floor's scale:
    /// <c>ScaleMin + (score − scaleMin) × (ScaleMax − ScaleMin) / (scaleMax − scaleMin)</c>. The score as it is
    /// when its scale is unknown, the same as this one, or not a range.
    /// </summary>
    public decimal OnThisScale(decimal score, decimal? scaleMin, decimal? scaleMax)
    {
        if (scaleMin is not { } min || scaleMax is not { } max || max <= min || ScaleMax <= ScaleMin || (min == ScaleMin && max == ScaleMax))
        {
            return score;
        }

        return ScaleMin + ((score - min) * (ScaleMax - ScaleMin) / (max - min));
    }
}
