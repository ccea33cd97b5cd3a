namespace Platform.Contracts.Events.Complaints;

/// <summary>
/// The resolution rate of one scope: <see cref="Received"/> is the complaints received in the period and not
/// withdrawn, <see cref="Resolved"/> those of them resolved or closed at the period's end.
/// </summary>
public sealed record ResolutionRateFigures
{
    /// <summary>The denominator.</summary>
    public required int Received { get; init; }

    /// <summary>The numerator.</summary>
    public required int Resolved { get; init; }

    /// <summary>Target percent (0–100) of the terms in force at the period's end.</summary>
    public required decimal TargetPercent { get; init; }

    /// <summary>False when <see cref="Received"/> is below the minimum sample: the rate is not to be judged.</summary>
    public required bool SufficientSample { get; init; }
}
