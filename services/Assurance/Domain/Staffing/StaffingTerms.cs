namespace Platform.Assurance.Domain.Staffing;

/// <summary>One terms version of an active agreement of the promisor, as far as clause 3.2 needs it.</summary>
public sealed record StaffingTerms(Guid AgreementId, string AgreementNumber, int Version, DateTimeOffset EffectiveFrom, int MinHeadcount, decimal CoreMemberMinExperienceYears);
