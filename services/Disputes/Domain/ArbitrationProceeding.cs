namespace Platform.Disputes.Domain;

/// <summary>
/// The arbitration of clause 5.2: the commission (the terms' one unless <see cref="OverrideReason"/> says why not),
/// the commission's case number once known, its hearings and its award.
/// </summary>
public sealed record ArbitrationProceeding(
    string Commission,
    string? OverrideReason,
    string? CaseNumber,
    IReadOnlyList<Hearing> Hearings,
    Award? Award,
    DateTimeOffset StartedAt,
    string StartedBy);
