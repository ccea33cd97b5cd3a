namespace Platform.Contracts.Events.Complaints;

/// <summary>
/// A complaint clock of clause 2.3.1 (or the major-complaint resolution deadline of 4.2.2) passed before it
/// was met. Published once per clock and due time.
/// </summary>
public sealed record ComplaintSlaBreached : ComplaintFact
{
    /// <summary>"FirstResponse", "SolutionOrUpdate" or "MajorResolution".</summary>
    public required string Clock { get; init; }

    /// <summary>When the clock was due.</summary>
    public required DateTimeOffset DueAt { get; init; }

    /// <summary>"Normal" or "Major".</summary>
    public required string Severity { get; init; }

    /// <summary>When the complaint was received.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }
}
