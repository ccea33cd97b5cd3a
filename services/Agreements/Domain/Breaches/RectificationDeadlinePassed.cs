namespace Platform.Agreements.Domain.Breaches;

/// <summary>
/// The rectification deadline of a survey (report received + K months, clause 4.2.3) came, with the
/// survey's score, the agreement's floor S (2.3.3) and when the low score was rectified, if it was.
/// </summary>
public sealed record RectificationDeadlinePassed(
    Guid SurveyId,
    Guid AgreementId,
    decimal Score,
    decimal Floor,
    DateTimeOffset ReportReceivedAt,
    int RectificationMonths,
    DateTimeOffset? RectifiedAt);
