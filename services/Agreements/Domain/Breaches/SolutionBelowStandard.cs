namespace Platform.Agreements.Domain.Breaches;

/// <summary>
/// A complaint's solution was marked clearly below industry standard (clause 4.2.2). The reason stays with
/// the complaint: free text may hold personal data, so it is not copied into the breach.
/// </summary>
public sealed record SolutionBelowStandard(
    Guid ComplaintId,
    Guid AgreementId,
    DateTimeOffset MarkedAt,
    string Reason);
