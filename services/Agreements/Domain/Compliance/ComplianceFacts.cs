using Platform.Agreements.Domain.Breaches;
using Platform.Agreements.Domain.Facts;

namespace Platform.Agreements.Domain.Compliance;

/// <summary>The facts Agreements keeps about one agreement for a period, from which the report is built.</summary>
public sealed record ComplianceFacts(
    IReadOnlyList<ResolutionPeriodRecord> ResolutionPeriods,
    IReadOnlyList<SurveyRecord> Surveys,
    IReadOnlyList<Breach> Breaches);
