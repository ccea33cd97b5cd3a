using Platform.Agreements.Domain.Breaches;
using Platform.Agreements.Domain.Facts;

namespace Platform.Agreements.Domain.Compliance;

/// <summary>The facts Agreements keeps about one agreement (and its promisor) for a period, from which the report is built.</summary>
public sealed record ComplianceFacts(
    IReadOnlyList<ResolutionPeriodRecord> ResolutionPeriods,
    IReadOnlyList<SurveyRecord> Surveys,
    IReadOnlyList<Breach> Breaches)
{
    /// <summary>Year-end funding shortfalls of the agreement's promisor (3.1).</summary>
    public IReadOnlyList<FundingShortfallRecord> FundingShortfalls { get; init; } = [];

    /// <summary>Changes of the promisor's dedicated team (3.2), up to the end of the period.</summary>
    public IReadOnlyList<StaffingChangeRecord> StaffingChanges { get; init; } = [];
}
