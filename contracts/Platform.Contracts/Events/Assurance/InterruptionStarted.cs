namespace Platform.Contracts.Events.Assurance;

/// <summary>A continuous interruption of a system or service began (clause 1.3).</summary>
public sealed record InterruptionStarted : IntegrationEvent
{
    /// <summary>Interruption id.</summary>
    public required Guid InterruptionId { get; init; }

    /// <summary>The promisor whose service is interrupted.</summary>
    public required string PromisorId { get; init; }

    /// <summary>The agreements affected; empty with <see cref="AllActiveAgreementsOfPromisor"/> for all of them.</summary>
    public IReadOnlyList<Guid> AffectedAgreementIds { get; init; } = [];

    /// <summary>Every agreement of the promisor in force at the start is affected.</summary>
    public bool AllActiveAgreementsOfPromisor { get; init; }

    /// <summary>Whether the promisor caused it; only then can it be a major breach (4.2.1).</summary>
    public required bool CausedByPromisor { get; init; }

    /// <summary>When it began.</summary>
    public required DateTimeOffset StartedAt { get; init; }
}
