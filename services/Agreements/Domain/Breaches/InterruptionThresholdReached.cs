namespace Platform.Agreements.Domain.Breaches;

/// <summary>
/// The deadline set at an interruption's start plus the agreement's threshold N (clauses 1.3, 4.2.1) came,
/// with what is known of the interruption then.
/// </summary>
public sealed record InterruptionThresholdReached(
    Guid InterruptionId,
    Guid AgreementId,
    DateTimeOffset StartedAt,
    TimeSpan Threshold,
    bool CausedByPromisor,
    DateTimeOffset? EndedAt);
