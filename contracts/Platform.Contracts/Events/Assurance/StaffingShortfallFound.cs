namespace Platform.Contracts.Events.Assurance;

/// <summary>A change left the promisor's dedicated team below what its agreements require (clause 3.2).</summary>
public sealed record StaffingShortfallFound : IntegrationEvent
{
    /// <summary>The promisor.</summary>
    public required string PromisorId { get; init; }

    /// <summary>Team members from this instant.</summary>
    public required int Headcount { get; init; }

    /// <summary>The highest headcount required by the promisor's active agreements.</summary>
    public required int RequiredHeadcount { get; init; }

    /// <summary>Core members below the required years of experience.</summary>
    public int CoreMembersBelowExperience { get; init; }

    /// <summary>From when the team is short.</summary>
    public required DateTimeOffset At { get; init; }
}
