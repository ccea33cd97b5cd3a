namespace Platform.Contracts.Events.Complaints;

/// <summary>A solution was given on a complaint.</summary>
public sealed record ComplaintResolved : ComplaintChange
{
    /// <summary>Whether the solution was judged clearly below industry standard (clause 4.2.2).</summary>
    public required bool BelowStandard { get; init; }
}
