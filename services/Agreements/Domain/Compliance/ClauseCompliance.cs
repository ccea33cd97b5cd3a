namespace Platform.Agreements.Domain.Compliance;

/// <summary>
/// One line of the compliance report: a clause, its target, what was measured and the verdict; for the clauses measured
/// by a figure, the figure and its target as numbers too (for a chart over periods).
/// </summary>
public sealed record ClauseCompliance(string Clause, string Title, string Target, string Measured, ComplianceStatus Status)
{
    /// <summary>The measured figure: a percentage for the resolution rates and response-time attainment, the score for the survey; null when nothing was measured.</summary>
    public decimal? MeasuredValue { get; init; }

    /// <summary>The figure the clause requires, on the same scale as <see cref="MeasuredValue"/>.</summary>
    public decimal? TargetValue { get; init; }
}
