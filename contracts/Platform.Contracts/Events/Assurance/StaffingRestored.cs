namespace Platform.Contracts.Events.Assurance;

/// <summary>The promisor's dedicated team meets what its agreements require again (clause 3.2).</summary>
public sealed record StaffingRestored : IntegrationEvent
{
    /// <summary>The promisor.</summary>
    public required string PromisorId { get; init; }

    /// <summary>Team members from this instant.</summary>
    public required int Headcount { get; init; }

    /// <summary>From when the team is complete again.</summary>
    public required DateTimeOffset At { get; init; }
}
