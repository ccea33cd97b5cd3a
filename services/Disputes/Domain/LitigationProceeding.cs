namespace Platform.Disputes.Domain;

/// <summary>
/// The litigation of clause 5.3: the ground and the document it rests on (the decision that found the
/// arbitration clause invalid, or the parties' written agreement), the court (the terms' venue unless named),
/// the court's case number once known, its hearings and its judgment.
/// </summary>
public sealed record LitigationProceeding(
    LitigationGround Ground,
    string GroundReference,
    string Court,
    string? CaseNumber,
    IReadOnlyList<Hearing> Hearings,
    Judgment? Judgment,
    DateTimeOffset StartedAt,
    string StartedBy);
