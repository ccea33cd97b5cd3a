namespace Platform.Assurance.Domain.Staffing;

/// <summary>
/// The clause 3.2 requirement that applies to a promisor at an instant: the highest headcount and the highest
/// core-member experience among its active agreements, each naming the agreement that sets it.
/// </summary>
public sealed record StaffingRequirement(
    int MinHeadcount,
    Guid HeadcountAgreementId,
    string HeadcountAgreementNumber,
    decimal CoreMemberMinExperienceYears,
    Guid ExperienceAgreementId,
    string ExperienceAgreementNumber)
{
    /// <summary>
    /// The highest of each term among the terms in force at <paramref name="at"/> (per agreement, its highest
    /// version effective by then); ties go to the lowest agreement number. Null when no agreement has terms in force then.
    /// </summary>
    public static StaffingRequirement? Highest(IEnumerable<StaffingTerms> terms, DateTimeOffset at)
    {
        var inForce = terms
            .Where(t => t.EffectiveFrom <= at)
            .GroupBy(t => t.AgreementId)
            .Select(versions => versions.MaxBy(t => t.Version)!)
            .OrderBy(t => t.AgreementNumber, StringComparer.Ordinal)
            .ToList();
        if (inForce.Count == 0)
        {
            return null;
        }

        var headcount = inForce.MaxBy(t => t.MinHeadcount)!;
        var experience = inForce.MaxBy(t => t.CoreMemberMinExperienceYears)!;
        return new StaffingRequirement(
            headcount.MinHeadcount,
            headcount.AgreementId,
            headcount.AgreementNumber,
            experience.CoreMemberMinExperienceYears,
            experience.AgreementId,
            experience.AgreementNumber);
    }
}
