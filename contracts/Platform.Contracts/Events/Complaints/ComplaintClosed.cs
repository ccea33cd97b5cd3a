namespace Platform.Contracts.Events.Complaints;

/// <summary>A resolved complaint was closed: the customer confirmed, or the quiet period passed.</summary>
public sealed record ComplaintClosed : ComplaintChange
{
    /// <summary>True when closed automatically after the quiet period.</summary>
    public required bool Automatically { get; init; }
}
