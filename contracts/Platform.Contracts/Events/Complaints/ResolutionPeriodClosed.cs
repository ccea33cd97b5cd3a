namespace Platform.Contracts.Events.Complaints;

/// <summary>
/// A measurement period of an agreement closed (clause 2.3.2): how many complaints of the scope were filed
/// in it and how many of those were resolved. One event per agreement, period and scope.
/// </summary>
public sealed record ResolutionPeriodClosed : IntegrationEvent
{
    /// <summary>The agreement.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>Start of the period (inclusive).</summary>
    public required DateTimeOffset PeriodStart { get; init; }

    /// <summary>End of the period (exclusive).</summary>
    public required DateTimeOffset PeriodEnd { get; init; }

    /// <summary>"All" complaints, or only "Major" ones.</summary>
    public required string Scope { get; init; }

    /// <summary>Complaints of the scope filed in the period.</summary>
    public required int Filed { get; init; }

    /// <summary>Of those, how many were resolved.</summary>
    public required int Resolved { get; init; }
}
