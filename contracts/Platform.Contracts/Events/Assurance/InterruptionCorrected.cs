namespace Platform.Contracts.Events.Assurance;

/// <summary>
/// An interruption already reported was corrected (its start, end, cause or what it affects). Carries the
/// whole record after the correction, and which fields this correction changed, so a consumer can move
/// what it derived from the earlier facts (clause 4.2.1 deadlines) without the earlier corrections.
/// </summary>
public sealed record InterruptionCorrected : IntegrationEvent
{
    /// <summary>Interruption id.</summary>
    public required Guid InterruptionId { get; init; }

    /// <summary>The promisor whose service was interrupted.</summary>
    public required string PromisorId { get; init; }

    /// <summary>1 for the first correction of this interruption, then one more per correction.</summary>
    public required int CorrectionNumber { get; init; }

    /// <summary>
    /// The fields this correction changed: <c>started_at</c>, <c>ended_at</c>, <c>caused_by_promisor</c>,
    /// <c>scope</c> (the affected agreements or services).
    /// </summary>
    public required IReadOnlyList<string> ChangedFields { get; init; }

    /// <summary>When it began, after the correction.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When service was restored, after the correction; null while it goes on.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The continuous duration when it has ended (<see cref="EndedAt"/> − <see cref="StartedAt"/>).</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Whether the promisor caused it, after the correction.</summary>
    public required bool CausedByPromisor { get; init; }

    /// <summary>The agreements affected after the correction; empty with <see cref="AllActiveAgreementsOfPromisor"/>.</summary>
    public IReadOnlyList<Guid> AffectedAgreementIds { get; init; } = [];

    /// <summary>Every agreement of the promisor in force at the start is affected.</summary>
    public bool AllActiveAgreementsOfPromisor { get; init; }
}
