namespace Platform.Assurance.Domain.Technology;

/// <summary>
/// Clause 3.3 at an instant: the capabilities of a promisor in service then, and each capability its active
/// agreements require, met or not.
/// </summary>
public sealed record TechnologyStatus(DateTimeOffset At, IReadOnlyList<CapabilityAtInstant> Capabilities, IReadOnlyList<RequirementAssessment> Requirements)
{
    public bool AllRequirementsMet => Requirements.All(r => r.Status == RequirementStatus.Met);

    /// <summary>
    /// Assesses <paramref name="capabilities"/> (the promisor's) against what <paramref name="agreements"/>
    /// require at <paramref name="at"/>. A requirement is met when any capability of that name (trimmed,
    /// case-insensitive) is operational then; otherwise it takes the best status found (degraded before
    /// retired), or missing when none of that name was in service.
    /// </summary>
    public static TechnologyStatus Assess(IEnumerable<Capability> capabilities, IEnumerable<RequiringAgreement> agreements, DateTimeOffset at)
    {
        var inService = capabilities
            .Select(c => (Capability: c, Period: c.PeriodAt(at)))
            .Where(c => c.Period is not null)
            .Select(c => new CapabilityAtInstant(c.Capability, c.Period!))
            .OrderBy(c => c.Capability.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Capability.Id)
            .ToList();

        // Grouped by name in the order first required; an agreement naming a capability twice counts once.
        var required = agreements
            .SelectMany(a => a.RequiredCapabilities.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => (Agreement: a, Name: n.Trim())))
            .GroupBy(r => CapabilityName.Key(r.Name))
            .Select(g => (g.Key, g.First().Name, Agreements: g.Select(r => r.Agreement).Distinct().ToList()));

        var requirements = required
            .Select(r => Assess(r.Name, inService.Where(c => CapabilityName.Key(c.Capability.Name) == r.Key).ToList(), r.Agreements))
            .ToList();
        return new TechnologyStatus(at, inService, requirements);
    }

    private static RequirementAssessment Assess(string name, List<CapabilityAtInstant> matching, List<RequiringAgreement> agreements)
    {
        var status = matching.Count == 0
            ? RequirementStatus.Missing
            // The best status found: Operational < Degraded < Retired.
            : matching.Min(c => c.Period.Status) switch
            {
                CapabilityStatus.Operational => RequirementStatus.Met,
                CapabilityStatus.Degraded => RequirementStatus.Degraded,
                _ => RequirementStatus.Retired,
            };
        return new RequirementAssessment(name, status, [.. matching.Select(c => c.Capability.Id)], agreements);
    }
}
