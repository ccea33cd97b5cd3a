namespace Platform.Assurance.Domain.Technology;

/// <summary>
/// One required capability (named as the first requiring agreement writes it), whether it was there, the
/// capabilities of that name in service, and the agreements requiring it.
/// </summary>
public sealed record RequirementAssessment(string Name, RequirementStatus Status, IReadOnlyList<Guid> CapabilityIds, IReadOnlyList<RequiringAgreement> Agreements);
