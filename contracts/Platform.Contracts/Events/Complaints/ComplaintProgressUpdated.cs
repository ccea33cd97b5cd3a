namespace Platform.Contracts.Events.Complaints;

/// <summary>A progress update was given on a complaint; the solution-or-update clock restarted.</summary>
public sealed record ComplaintProgressUpdated : ComplaintChange
{
    /// <summary>Whether it came before the solution-or-update due time.</summary>
    public required bool InTime { get; init; }

    /// <summary>When the next solution or update is due.</summary>
    public required DateTimeOffset NextUpdateDueAt { get; init; }
}
