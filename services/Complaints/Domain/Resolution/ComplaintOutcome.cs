namespace Platform.Complaints.Domain.Resolution;

/// <summary>What the resolution rate needs of one complaint received in the period.</summary>
public sealed record ComplaintOutcome(ComplaintSeverity Severity, DateTimeOffset? WithdrawnAt, IReadOnlyList<ResolutionSpan> Resolutions);
