namespace Platform.Agreements.Domain.Facts;

/// <summary>
/// Agreements' own copy of an interruption reported by Assurance (clause 1.3), with the agreements it was
/// found to affect, so clause 4.2.1 can be judged while Assurance is down.
/// </summary>
public sealed class InterruptionRecord
{
    // For EF Core.
    private InterruptionRecord()
    {
        PromisorId = string.Empty;
    }

    public InterruptionRecord(Guid id, string promisorId, bool causedByPromisor, DateTimeOffset startedAt, IReadOnlyList<Guid> affectedAgreementIds)
        : this()
    {
        Id = id;
        PromisorId = promisorId;
        CausedByPromisor = causedByPromisor;
        StartedAt = startedAt;
        AffectedAgreementIds = affectedAgreementIds;
    }

    public Guid Id { get; private set; }

    public string PromisorId { get; private set; }

    public bool CausedByPromisor { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>The agreements in force at the start that it affects.</summary>
    public IReadOnlyList<Guid> AffectedAgreementIds { get; private set; } = [];

    /// <summary>Records the end; the first end reported counts (a repeat changes nothing).</summary>
    public bool End(DateTimeOffset endedAt)
    {
        if (EndedAt is not null)
        {
            return false;
        }

        EndedAt = endedAt < StartedAt ? StartedAt : endedAt;
        return true;
    }
}
