namespace Platform.Agreements.Domain.Compliance;

/// <summary>One line of the compliance report: a clause, its target, what was measured and the verdict.</summary>
public sealed record ClauseCompliance(string Clause, string Title, string Target, string Measured, ComplianceStatus Status);
