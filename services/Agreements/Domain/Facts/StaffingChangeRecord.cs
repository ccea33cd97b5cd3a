namespace Platform.Agreements.Domain.Facts;

/// <summary>
/// Agreements' own copy of a change in a promisor's dedicated team (clause 3.2): from <see cref="At"/> the
/// team is short (<see cref="BelowRequirement"/>) or complete again.
/// </summary>
public sealed class StaffingChangeRecord
{
    // For EF Core.
    private StaffingChangeRecord()
    {
        PromisorId = string.Empty;
    }

    public StaffingChangeRecord(Guid id, string promisorId, DateTimeOffset at, bool isShort, int headcount, int? requiredHeadcount)
    {
        Id = id;
        PromisorId = promisorId;
        At = at;
        BelowRequirement = isShort;
        Headcount = headcount;
        RequiredHeadcount = requiredHeadcount;
    }

    public Guid Id { get; private set; }

    public string PromisorId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public bool BelowRequirement { get; private set; }

    public int Headcount { get; private set; }

    public int? RequiredHeadcount { get; private set; }
}
