namespace Platform.Assurance.Domain.Inspections;

/// <summary>
/// What a finding is about: a forbidden conduct of part 2, clause 2.1, or a mandatory requirement of clause 2.2
/// not met. Numbers match the wire enum.
/// </summary>
public enum FindingClass
{
    DeceptionOrMisleading = 1,
    FalseAdvertising = 2,
    Concealment = 3,
    Exaggeration = 4,
    ForcedSelling = 5,
    PrivacyLeak = 6,
    SolicitingProperty = 7,
    ConflictOfInterest = 8,
    UnqualifiedStaff = 9,
    CustomerNotInformed = 10,
    DecisionNotRespected = 11,
    ComplaintMishandled = 12,
    ConfidentialityBroken = 13,
}
