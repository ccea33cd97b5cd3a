namespace Platform.Contracts.Events.Complaints;

/// <summary>A complaint was filed (clause 1.4) and its clocks started.</summary>
public sealed record ComplaintFiled : ComplaintChange
{
    /// <summary>"Written", "Phone", "OnlinePlatform", "Email" or the name of another channel.</summary>
    public required string Channel { get; init; }

    /// <summary>The caller's category.</summary>
    public required string Category { get; init; }

    /// <summary>"Normal" or "Major".</summary>
    public required string Severity { get; init; }

    /// <summary>When the complaint was received.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The version of the agreement's terms the clocks follow.</summary>
    public required int TermsVersion { get; init; }

    /// <summary>When the first response is due.</summary>
    public required DateTimeOffset FirstResponseDueAt { get; init; }

    /// <summary>When a solution or progress update is due.</summary>
    public required DateTimeOffset SolutionOrUpdateDueAt { get; init; }

    /// <summary>When a major complaint must be resolved (clause 4.2.2); null for a normal one.</summary>
    public DateTimeOffset? MajorResolutionDueAt { get; init; }
}
