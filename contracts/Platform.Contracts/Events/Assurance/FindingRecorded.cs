namespace Platform.Contracts.Events.Assurance;

/// <summary>
/// A conduct inspection found a forbidden conduct (part 2, clause 2.1) or a mandatory requirement not met
/// (clause 2.2). Carries the class only: no description, inspector or customer data.
/// </summary>
public sealed record FindingRecorded : IntegrationEvent
{
    /// <summary>Finding id.</summary>
    public required Guid FindingId { get; init; }

    /// <summary>The inspection that made it.</summary>
    public required Guid InspectionId { get; init; }

    /// <summary>The promisor inspected.</summary>
    public required string PromisorId { get; init; }

    /// <summary>"DailyCheck" or "SpotCheck".</summary>
    public required string InspectionKind { get; init; }

    /// <summary>The class, for example "ForcedSelling" or "ComplaintMishandled".</summary>
    public required string FindingClass { get; init; }

    /// <summary>"P2 2.1" for a forbidden conduct, "P2 2.2" for a mandatory requirement not met.</summary>
    public required string Clause { get; init; }

    /// <summary>When the inspection took place.</summary>
    public required DateTimeOffset InspectedAt { get; init; }
}
