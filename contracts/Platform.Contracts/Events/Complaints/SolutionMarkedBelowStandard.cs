namespace Platform.Contracts.Events.Complaints;

/// <summary>A complaint's solution was marked clearly below industry standard (clause 4.2.2).</summary>
public sealed record SolutionMarkedBelowStandard : ComplaintFact;
