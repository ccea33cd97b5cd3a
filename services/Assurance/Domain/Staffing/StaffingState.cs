using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Staffing;

/// <summary>
/// Whether a promisor's team is short of clause 3.2, as last judged, so each transition is raised once:
/// <see cref="TeamFellShort"/> when it falls below the requirement, <see cref="TeamMetRequirement"/> when it
/// meets it again. The team is judged at every instant its status may change (a joining, a leaving, a core
/// member reaching the required years, a terms version taking effect) from a change's effective time up to now.
/// </summary>
public sealed class StaffingState : AggregateRoot
{
    // For EF Core.
    private StaffingState()
    {
        PromisorId = string.Empty;
    }

    public string PromisorId { get; private set; }

    public bool IsShort { get; private set; }

    /// <summary>From when the team is in its current state (short or not).</summary>
    public DateTimeOffset Since { get; private set; }

    /// <summary>The team is judged up to here; later instants are judged when they come.</summary>
    public DateTimeOffset AssessedAt { get; private set; }

    /// <summary>Incremented by every judgement; the concurrency token, so two changes of one team are judged one after the other.</summary>
    public long Version { get; private set; }

    /// <summary>
    /// The state of a promisor judged for the first time: as its roster was before the first change
    /// (<paramref name="before"/>), so building up a team is not a shortfall per addition.
    /// </summary>
    public static StaffingState Begin(string promisorId, StaffingAssessment before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return new StaffingState { PromisorId = promisorId, IsShort = before.IsShort, Since = before.At, AssessedAt = before.At };
    }

    /// <summary>
    /// Judges the team after a change effective at <paramref name="effectiveAt"/>: at that instant (or now, for a
    /// future one) and at every instant after it up to now where its status may change. A published transition is
    /// never contradicted by an earlier one: a change dated before the latest transition is judged from that
    /// transition on.
    /// </summary>
    public void JudgeChange(IReadOnlyList<RosterMember> roster, IReadOnlyList<StaffingTerms> terms, DateTimeOffset effectiveAt, DateTimeOffset now)
    {
        var from = Max(Min(effectiveAt, now), Since);
        Judge(roster, terms, [from, .. StaffingTimeline.Instants(roster, terms).Where(i => i > from && i < now), now], now);
    }

    /// <summary>Judges the instants that came since the last judgement (a scheduled review).</summary>
    public void Review(IReadOnlyList<RosterMember> roster, IReadOnlyList<StaffingTerms> terms, DateTimeOffset now) =>
        Judge(roster, terms, [.. StaffingTimeline.Instants(roster, terms).Where(i => i > AssessedAt && i < now), now], now);

    private void Judge(IReadOnlyList<RosterMember> roster, IReadOnlyList<StaffingTerms> terms, IEnumerable<DateTimeOffset> instants, DateTimeOffset now)
    {
        foreach (var at in instants.Distinct().Order())
        {
            Observe(StaffingAssessment.Of(roster, StaffingRequirement.Highest(terms, at), at), now);
        }

        if (now > AssessedAt)
        {
            AssessedAt = now;
        }

        Version++;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>A transition is raised only against a requirement: with no agreement in force nothing is judged.</summary>
    private void Observe(StaffingAssessment assessment, DateTimeOffset now)
    {
        if (assessment.Requirement is not { } requirement || assessment.IsShort == IsShort)
        {
            return;
        }

        IsShort = assessment.IsShort;
        Since = assessment.At;
        Raise(IsShort
            ? new TeamFellShort(assessment.At, assessment.Headcount, requirement.MinHeadcount, assessment.BelowExperience.Count, now)
            : new TeamMetRequirement(assessment.At, assessment.Headcount, now));
    }
}
