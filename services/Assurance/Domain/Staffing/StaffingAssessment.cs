namespace Platform.Assurance.Domain.Staffing;

/// <summary>
/// Clause 3.2 at one instant: the headcount (members with joined ≤ at &lt; left), and every core member's
/// experience then, against the requirement. Short when too few people or any core member below the years.
/// </summary>
public sealed record StaffingAssessment(
    DateTimeOffset At,
    StaffingStatusKind Status,
    int Headcount,
    StaffingRequirement? Requirement,
    IReadOnlyList<CoreMemberExperience> CoreMembers)
{
    public bool IsShort => Status == StaffingStatusKind.Shortfall;

    /// <summary>People missing to reach the required headcount.</summary>
    public int HeadcountShortfall => Requirement is null ? 0 : Math.Max(0, Requirement.MinHeadcount - Headcount);

    /// <summary>The core members below the required experience: who falls short.</summary>
    public IReadOnlyList<CoreMemberExperience> BelowExperience => [.. CoreMembers.Where(c => !c.MeetsRequirement)];

    public static StaffingAssessment Of(IEnumerable<RosterMember> roster, StaffingRequirement? requirement, DateTimeOffset at)
    {
        var onTeam = roster.Where(m => m.OnTeamAt(at)).ToList();
        var core = onTeam
            .Where(m => m.IsCore)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => m.Id)
            .Select(m => new CoreMemberExperience(
                m.Id,
                m.Name,
                m.Role,
                m.Experience.At(at),
                requirement is null || m.Experience.Meets(requirement.CoreMemberMinExperienceYears, at)))
            .ToList();
        var status = requirement is null ? StaffingStatusKind.NoActiveAgreement
            : onTeam.Count >= requirement.MinHeadcount && core.All(c => c.MeetsRequirement) ? StaffingStatusKind.Met
            : StaffingStatusKind.Shortfall;
        return new StaffingAssessment(at, status, onTeam.Count, requirement, core);
    }
}
