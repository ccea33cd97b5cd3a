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

    /// <summary>Number of the latest correction applied (0: none), so an older one arriving late changes nothing.</summary>
    public int CorrectionNumber { get; private set; }

    /// <summary>
    /// Applies correction <paramref name="number"/> from Assurance: the fields given replace the ones held. An
    /// end is taken even if not corrected when none is held yet (the end may still be on its way; an
    /// interruption never un-ends). Returns false, changing nothing, for a correction not newer than the last.
    /// </summary>
    public bool Correct(int number, DateTimeOffset? startedAt, DateTimeOffset? endedAt, bool? causedByPromisor)
    {
        if (number <= CorrectionNumber)
        {
            return false;
        }

        CorrectionNumber = number;
        StartedAt = startedAt ?? StartedAt;
        CausedByPromisor = causedByPromisor ?? CausedByPromisor;
        if (endedAt is { } end)
        {
            EndedAt = end < StartedAt ? StartedAt : end;
        }

        return true;
    }

    /// <summary>Keeps the agreements the (corrected) interruption affects.</summary>
    public void Affects(IReadOnlyList<Guid> agreementIds) => AffectedAgreementIds = agreementIds;

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
