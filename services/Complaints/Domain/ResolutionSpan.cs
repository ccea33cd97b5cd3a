namespace Platform.Complaints.Domain;

/// <summary>A time the complaint stood resolved: from a solution until it was reopened (or still).</summary>
public sealed record ResolutionSpan(DateTimeOffset ResolvedAt, DateTimeOffset? ReopenedAt)
{
    public bool Covers(DateTimeOffset at) => ResolvedAt <= at && (ReopenedAt is null || ReopenedAt > at);
}
