namespace Platform.Assurance.Domain.Surveys;

/// <summary>
/// What clauses 2.3.3 and 4.2.3 of one agreement's terms (the version in force when the report was received)
/// say: the floor S on the scale <see cref="ScaleMin"/>–<see cref="ScaleMax"/>, and K months to rectify.
/// </summary>
public sealed record SatisfactionTerms(Guid AgreementId, int TermsVersion, decimal Floor, decimal ScaleMin, decimal ScaleMax, int RectificationMonths)
{
    /// <summary>The terms' scale; terms without a valid scale (max not above min) are read on the score's own scale.</summary>
    public (decimal Min, decimal Max) ScaleFor(SurveyScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return ScaleMax > ScaleMin ? (ScaleMin, ScaleMax) : (score.ScaleMin, score.ScaleMax);
    }
}
