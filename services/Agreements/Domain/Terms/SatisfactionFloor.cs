namespace Platform.Agreements.Domain.Terms;

/// <summary>Clause 2.3.3: the lowest acceptable third-party satisfaction score, on the evaluator's scale.</summary>
public sealed record SatisfactionFloor(decimal Score, decimal ScaleMin, decimal ScaleMax);
