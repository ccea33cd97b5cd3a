namespace Platform.Contracts.Events.Complaints;

/// <summary>
/// A measurement period of an agreement ended (clause 2.3.2): the resolution rates of all complaints and of
/// major ones, with their targets. One event per agreement and period; Agreements judges it.
/// </summary>
public sealed record ResolutionRateMeasured : IntegrationEvent
{
    /// <summary>The agreement.</summary>
    public required Guid AgreementId { get; init; }

    /// <summary>Start of the period (inclusive).</summary>
    public required DateTimeOffset PeriodStart { get; init; }

    /// <summary>End of the period (exclusive).</summary>
    public required DateTimeOffset PeriodEnd { get; init; }

    /// <summary>The terms version the targets come from (in force at the period's end).</summary>
    public required int TermsVersion { get; init; }

    /// <summary>Below this many complaints a scope is not judged.</summary>
    public required int MinimumSample { get; init; }

    /// <summary>All complaints.</summary>
    public required ResolutionRateFigures All { get; init; }

    /// <summary>Major complaints only.</summary>
    public required ResolutionRateFigures Major { get; init; }
}
