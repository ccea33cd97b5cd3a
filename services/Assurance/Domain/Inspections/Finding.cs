using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Inspections;

/// <summary>
/// A finding of a conduct inspection, classified by one class of part 2, with the corrective actions that
/// close it. OPEN until its last open action is closed, or (with none open) until closed explicitly. Every
/// change checks the version and is recorded on the history.
/// </summary>
public sealed partial class Finding : AggregateRoot
{
    /// <summary>The actor of automatic steps (overdue checks).</summary>
    public const string SystemActor = "system";

    /// <summary>Most corrective actions one finding may have.</summary>
    public const int MaxActions = 100;

    // For EF Core.
    private Finding()
    {
        PromisorId = string.Empty;
        Description = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The request id of the AddFinding call; null for a finding recorded with its inspection.</summary>
    public Guid? RequestId { get; private set; }

    public string? RequestFingerprint { get; private set; }

    public Guid InspectionId { get; private set; }

    public string PromisorId { get; private set; }

    public InspectionKind InspectionKind { get; private set; }

    public DateTimeOffset InspectedAt { get; private set; }

    public FindingClass Class { get; private set; }

    public string Description { get; private set; }

    public FindingStatus Status { get; private set; }

    public IReadOnlyList<CorrectiveAction> Actions { get; private set; } = [];

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? ClosedBy { get; private set; }

    public string? ClosureNote { get; private set; }

    public IReadOnlyList<FindingHistoryEntry> History { get; private set; } = [];

    public long Version { get; private set; }

    /// <summary>Part 2 clause of the class: "P2 2.1" or "P2 2.2".</summary>
    public string Clause => FindingClasses.ClauseOf(Class);

    /// <summary>Records what <paramref name="inspection"/> found; <paramref name="request"/> when added by its own call.</summary>
    public static Finding Record(Guid id, ClientRequest? request, Inspection inspection, FindingDraft draft, string? actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(draft);
        var finding = new Finding
        {
            Id = id,
            RequestId = request?.Id,
            RequestFingerprint = request?.Fingerprint,
            InspectionId = inspection.Id,
            PromisorId = inspection.PromisorId,
            InspectionKind = inspection.Kind,
            InspectedAt = inspection.InspectedAt,
            Class = FindingClasses.Validated(draft.Class, "class"),
            Description = draft.Description,
            Status = FindingStatus.Open,
            RecordedAt = now,
            RecordedBy = InspectionText.Required(actor, "actor", InspectionText.MaxShortText),
            Version = 1,
        };
        finding.Record(now, finding.RecordedBy, "Recorded", $"{finding.Class} ({finding.Clause}) by the {inspection.Kind} of {inspection.InspectedAt:O}.");
        finding.Raise(new FindingRecorded(now));
        return finding;
    }

    /// <summary>Refuses an add request that reuses this finding's request id for different content.</summary>
    public void EnsureAddedBy(ClientRequest request)
    {
        if (request.Id != RequestId || request.Fingerprint != RequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "finding.request_id_reused", "request_id", $"request_id {request.Id} was already used to add finding {Id} with different content; use a new request_id.");
        }
    }

    /// <summary>Closes it, explicitly, when no corrective action is open.</summary>
    public void Close(string? actor, string? note, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion, "closed");
        var text = InspectionText.Required(note, "note", InspectionText.MaxLongText);
        var open = Actions.Count(a => a.IsOpen);
        if (open > 0)
        {
            throw RuleViolationException.Precondition(
                "finding.actions_open", "finding.actions", $"Finding {Id} has {open} open corrective action(s); close them, and the finding closes with the last one.");
        }

        CloseNow(now, who, text);
        Commit(now, who, "Closed", text);
    }

    /// <summary>Checks the actor, version and that the finding is open.</summary>
    private string Begin(string? actor, long expectedVersion, string action)
    {
        var who = InspectionText.Required(actor, "actor", InspectionText.MaxShortText);
        if (expectedVersion != Version)
        {
            throw RuleViolationException.Conflict("version", $"Finding {Id} is at version {Version}, not {expectedVersion}; read it again and retry.");
        }

        if (Status != FindingStatus.Open)
        {
            throw RuleViolationException.Precondition(
                $"finding.cannot_be_{action.Replace(' ', '_')}", "finding.status", $"Finding {Id} was closed on {ClosedAt:O}; a closed finding cannot be {action}.");
        }

        return who;
    }

    private void CloseNow(DateTimeOffset now, string who, string note)
    {
        Status = FindingStatus.Closed;
        ClosedAt = now;
        ClosedBy = who;
        ClosureNote = note;
    }

    private void Commit(DateTimeOffset now, string actor, string action, string detail)
    {
        Version++;
        Record(now, actor, action, detail);
    }

    private void Record(DateTimeOffset at, string actor, string action, string detail) =>
        History = [.. History, new FindingHistoryEntry(History.Count + 1, at, actor, action, detail, Status)];
}
