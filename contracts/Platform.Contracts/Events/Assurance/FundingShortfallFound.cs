namespace Platform.Contracts.Events.Assurance;

/// <summary>At year end the promisor's dedicated fund was below the required share of its service revenue (clause 3.1).</summary>
public sealed record FundingShortfallFound : IntegrationEvent
{
    /// <summary>The promisor.</summary>
    public required string PromisorId { get; init; }

    /// <summary>The year assessed.</summary>
    public required int Year { get; init; }

    /// <summary>The fund as a percentage of the year's declared service revenue.</summary>
    public required decimal PercentOfRevenue { get; init; }

    /// <summary>The highest percentage required by the promisor's active agreements.</summary>
    public required decimal RequiredPercent { get; init; }
}
