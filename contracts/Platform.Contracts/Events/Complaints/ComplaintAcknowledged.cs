namespace Platform.Contracts.Events.Complaints;

/// <summary>The first response to a complaint was given (clause 2.3.1).</summary>
public sealed record ComplaintAcknowledged : ComplaintChange
{
    /// <summary>Whether it came before the first-response due time.</summary>
    public required bool InTime { get; init; }
}
