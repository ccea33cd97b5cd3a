namespace Platform.Contracts.Events.Complaints;

/// <summary>A resolved complaint was reopened; its solution-or-update clock runs again.</summary>
public sealed record ComplaintReopened : ComplaintChange
{
    /// <summary>When the next solution or update is due.</summary>
    public required DateTimeOffset NextUpdateDueAt { get; init; }
}
