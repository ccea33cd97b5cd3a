namespace Platform.Assurance.Domain.Staffing;

/// <summary>The instants at which a team's clause 3.2 status may change; between two of them it cannot.</summary>
public static class StaffingTimeline
{
    /// <summary>Joinings, leavings, the instants core members reach each required number of years, and terms taking effect.</summary>
    public static IEnumerable<DateTimeOffset> Instants(IReadOnlyList<RosterMember> roster, IReadOnlyList<StaffingTerms> terms)
    {
        var requiredYears = terms.Select(t => t.CoreMemberMinExperienceYears).Distinct().ToList();
        return roster.Select(m => m.JoinedAt)
            .Concat(roster.Where(m => m.LeftAt is not null).Select(m => m.LeftAt!.Value))
            .Concat(roster.Where(m => m.IsCore).SelectMany(m => requiredYears.Select(m.Experience.Reaches)))
            .Concat(terms.Select(t => t.EffectiveFrom))
            .Distinct()
            .Order();
    }

    /// <summary>The next instant after <paramref name="now"/> at which the team must be judged again, or null.</summary>
    public static DateTimeOffset? NextAfter(IReadOnlyList<RosterMember> roster, IReadOnlyList<StaffingTerms> terms, DateTimeOffset now) =>
        Instants(roster, terms).Where(i => i > now).Cast<DateTimeOffset?>().FirstOrDefault();
}
