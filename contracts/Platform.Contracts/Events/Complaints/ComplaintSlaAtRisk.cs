namespace Platform.Contracts.Events.Complaints;

/// <summary>
/// A complaint clock used 50% or 75% of its time without being met, so someone can act before it is missed.
/// Published once per clock run and threshold.
/// </summary>
public sealed record ComplaintSlaAtRisk : ComplaintFact
{
    /// <summary>"FirstResponse", "SolutionOrUpdate" or "MajorResolution".</summary>
    public required string Clock { get; init; }

    /// <summary>50 or 75.</summary>
    public required int PercentUsed { get; init; }

    /// <summary>When the clock is due.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>"Normal" or "Major".</summary>
    public required string Severity { get; init; }
}
