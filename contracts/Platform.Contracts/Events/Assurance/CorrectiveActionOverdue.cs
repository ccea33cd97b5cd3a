namespace Platform.Contracts.Events.Assurance;

/// <summary>A corrective action on an inspection finding was still open at its due time. Published once per action.</summary>
public sealed record CorrectiveActionOverdue : IntegrationEvent
{
    /// <summary>The finding.</summary>
    public required Guid FindingId { get; init; }

    /// <summary>The corrective action.</summary>
    public required Guid ActionId { get; init; }

    /// <summary>The inspection that made the finding.</summary>
    public required Guid InspectionId { get; init; }

    /// <summary>The promisor inspected.</summary>
    public required string PromisorId { get; init; }

    /// <summary>The finding's class, for example "PrivacyLeak".</summary>
    public required string FindingClass { get; init; }

    /// <summary>When the action was due.</summary>
    public required DateTimeOffset DueAt { get; init; }
}
