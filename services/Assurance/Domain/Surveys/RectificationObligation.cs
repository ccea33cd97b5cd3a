namespace Platform.Assurance.Domain.Surveys;

/// <summary>
/// One agreement whose floor the survey's score missed: the terms it was judged by, the score on their scale,
/// and its own deadline; <see cref="OverdueAt"/> once RectificationOverdue was raised for it.
/// </summary>
public sealed record RectificationObligation(
    Guid AgreementId,
    int TermsVersion,
    decimal Floor,
    decimal TermsScaleMin,
    decimal TermsScaleMax,
    decimal ScoreOnTermsScale,
    int RectificationMonths,
    DateTimeOffset Deadline,
    DateTimeOffset? OverdueAt = null);
