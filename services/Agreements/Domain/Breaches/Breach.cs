using Platform.SharedKernel;

namespace Platform.Agreements.Domain.Breaches;

/// <summary>
/// A breach of an agreement on the ledger, determined by a rule of clause 4 (<see cref="BreachRules"/>).
/// Officers acknowledge, remedy and reclassify it; dispute cases (section 5) mark it disputed and settled.
/// </summary>
public sealed class Breach : AggregateRoot
{
    /// <summary>Clause 4.1: a minor breach is one "without major loss to the customer"; with one, it is major.</summary>
    public const string ReclassificationClause = "4.1";

    // For EF Core.
    private Breach()
    {
        Clause = null!;
        Evidence = null!;
        Description = string.Empty;
    }

    private Breach(Guid id, BreachFinding finding, DateTimeOffset detectedAt)
    {
        Id = id;
        AgreementId = finding.AgreementId;
        Clause = finding.Clause;
        Severity = finding.Severity;
        Evidence = finding.Evidence;
        Description = finding.Description;
        FactAt = finding.FactAt;
        DetectedAt = detectedAt;
        UpdatedAt = detectedAt;
        Status = BreachStatus.Open;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    /// <summary>The clause it breaches; <see cref="BreachClause.Number"/> is the document's number.</summary>
    public BreachClause Clause { get; private set; }

    public BreachSeverity Severity { get; private set; }

    public BreachEvidence Evidence { get; private set; }

    /// <summary>What happened, with ids, times and numbers only (no personal data).</summary>
    public string Description { get; private set; }

    /// <summary>When the failing fact happened, e.g. the due time that passed.</summary>
    public DateTimeOffset FactAt { get; private set; }

    public DateTimeOffset DetectedAt { get; private set; }

    public BreachStatus Status { get; private set; }

    /// <summary>Why an officer made this minor breach major (4.1); null unless reclassified.</summary>
    public string? ReclassificationReason { get; private set; }

    /// <summary>
    /// The last dispute case opened on it; null if it was never disputed. After a withdrawal it still names
    /// the withdrawn case (so a late repeat of that case's facts changes nothing) while the status is back
    /// to what it was before.
    /// </summary>
    public Guid? DisputeId { get; private set; }

    /// <summary>Open or Acknowledged: the status it had when the case was opened, restored if the case is withdrawn; null unless disputed.</summary>
    public BreachStatus? StatusBeforeDispute { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Incremented by every change; the concurrency token and the order of the events it raises.</summary>
    public long Version { get; private set; }

    /// <summary>Remedied and Settled are final: nothing changes a breach after them.</summary>
    public bool IsFinal => Status is BreachStatus.Remedied or BreachStatus.Settled;

    /// <summary>Records what a rule found as an open breach, with the severity its clause gives.</summary>
    public static Breach Determine(Guid id, BreachFinding finding, DateTimeOffset detectedAt)
    {
        ArgumentNullException.ThrowIfNull(finding);
        BreachText.RequireId(id, "breach_id");
        var breach = new Breach(id, finding, detectedAt);
        breach.Raise(new BreachDetermined(
            id, breach.AgreementId, breach.Version, breach.Clause, breach.Severity, breach.Evidence, breach.Description, breach.FactAt, detectedAt));
        return breach;
    }

    /// <summary>The promisor acknowledges an open breach.</summary>
    public void Acknowledge(long expectedVersion, string by, DateTimeOffset now)
    {
        RequireVersion(expectedVersion);
        var officer = BreachText.Require(by, "acknowledged_by", BreachText.MaxNameLength);
        if (Status != BreachStatus.Open)
        {
            throw RuleViolationException.Precondition(
                "breach.not_open", "breach.status", $"Only an open breach can be acknowledged; breach {Id} is {StatusText}.");
        }

        ChangeTo(BreachStatus.Acknowledged, Severity, officer, note: null, now);
    }

    /// <summary>The promisor remedied an acknowledged breach; the note says how. Final.</summary>
    public void MarkRemedied(long expectedVersion, string by, string note, DateTimeOffset now)
    {
        RequireVersion(expectedVersion);
        var officer = BreachText.Require(by, "remedied_by", BreachText.MaxNameLength);
        var remedy = BreachText.Require(note, "note", BreachText.MaxNoteLength);
        if (Status != BreachStatus.Acknowledged)
        {
            var hint = Status == BreachStatus.Open ? " Acknowledge it first." : string.Empty;
            throw RuleViolationException.Precondition(
                "breach.not_acknowledged", "breach.status", $"Only an acknowledged breach can be marked remedied; breach {Id} is {StatusText}.{hint}");
        }

        ChangeTo(BreachStatus.Remedied, Severity, officer, remedy, now);
    }

    /// <summary>
    /// Clause 4.1: an officer records that the customer suffered a major loss, which makes a minor breach
    /// major. The status stays as it is.
    /// </summary>
    public void Reclassify(long expectedVersion, string reason, string by, DateTimeOffset now)
    {
        RequireVersion(expectedVersion);
        var why = BreachText.Require(reason, "reason", BreachText.MaxNoteLength);
        var officer = BreachText.Require(by, "reclassified_by", BreachText.MaxNameLength);
        if (IsFinal)
        {
            throw RuleViolationException.Precondition(
                "breach.final", "breach.status", $"Breach {Id} is {StatusText}, which is final; it can no longer be reclassified.");
        }

        if (Severity == BreachSeverity.Major)
        {
            throw RuleViolationException.Precondition(
                "breach.already_major", ReclassificationClause, $"Breach {Id} is already major; only a minor breach can be reclassified as major.");
        }

        ReclassificationReason = why;
        ChangeTo(Status, BreachSeverity.Major, officer, why, now);
    }

    /// <summary>A dispute case was opened on the breach. Returns false, changing nothing, when it repeats for the same case.</summary>
    public bool MarkDisputed(Guid disputeId, DateTimeOffset now)
    {
        BreachText.RequireId(disputeId, "dispute_id");
        if (DisputeId == disputeId)
        {
            return false;
        }

        if (Status == BreachStatus.Disputed)
        {
            throw RuleViolationException.Precondition(
                "breach.disputed_in_other_case", "dispute_id", $"Breach {Id} is already disputed in case {DisputeId}; a second case cannot be opened on it.");
        }

        if (IsFinal)
        {
            throw RuleViolationException.Precondition(
                "breach.final", "breach.status", $"Breach {Id} is {StatusText}, which is final; a dispute case cannot be opened on it.");
        }

        DisputeId = disputeId;
        StatusBeforeDispute = Status;
        ChangeTo(BreachStatus.Disputed, Severity, by: null, note: null, now);
        return true;
    }

    /// <summary>
    /// The dispute case on the breach was withdrawn: it settles nothing, so the breach returns to the status it
    /// had before (Open or Acknowledged) and can be acknowledged, remedied or disputed again. Returns false,
    /// changing nothing, when it repeats for the same case.
    /// </summary>
    public bool MarkDisputeWithdrawn(Guid disputeId, DateTimeOffset now)
    {
        BreachText.RequireId(disputeId, "dispute_id");
        if (DisputeId == disputeId && Status != BreachStatus.Disputed)
        {
            return false;
        }

        if (Status != BreachStatus.Disputed)
        {
            throw RuleViolationException.Precondition(
                "breach.not_disputed", "breach.status", $"Only a disputed breach returns to its earlier status when its case is withdrawn; breach {Id} is {StatusText}.");
        }

        if (DisputeId != disputeId)
        {
            throw RuleViolationException.Precondition(
                "breach.disputed_in_other_case", "dispute_id", $"Breach {Id} is disputed in case {DisputeId}, not in case {disputeId}.");
        }

        // A breach disputed before the status was kept has no record of it: Open is the safe return (it asks to be acknowledged again).
        var restored = StatusBeforeDispute ?? BreachStatus.Open;
        StatusBeforeDispute = null;
        ChangeTo(restored, Severity, by: null, note: $"dispute {disputeId} withdrawn", now);
        return true;
    }

    /// <summary>The dispute case on the breach was resolved. Returns false, changing nothing, when it repeats for the same case.</summary>
    public bool MarkSettled(Guid disputeId, DateTimeOffset now)
    {
        BreachText.RequireId(disputeId, "dispute_id");
        if (Status == BreachStatus.Settled && DisputeId == disputeId)
        {
            return false;
        }

        if (Status != BreachStatus.Disputed)
        {
            throw RuleViolationException.Precondition(
                "breach.not_disputed", "breach.status", $"Only a disputed breach can be settled; breach {Id} is {StatusText}.");
        }

        if (DisputeId != disputeId)
        {
            throw RuleViolationException.Precondition(
                "breach.disputed_in_other_case", "dispute_id", $"Breach {Id} is disputed in case {DisputeId}, not in case {disputeId}.");
        }

        StatusBeforeDispute = null;
        ChangeTo(BreachStatus.Settled, Severity, by: null, note: null, now);
        return true;
    }

    private string StatusText => Status.ToString().ToLowerInvariant();

    private void ChangeTo(BreachStatus status, BreachSeverity severity, string? by, string? note, DateTimeOffset now)
    {
        var (fromStatus, fromSeverity) = (Status, Severity);
        Status = status;
        Severity = severity;
        UpdatedAt = now;
        Version++;
        Raise(new BreachStatusChanged(Id, AgreementId, Version, fromStatus, status, fromSeverity, severity, by, note, DisputeId, now));
    }

    private void RequireVersion(long expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw RuleViolationException.Conflict(
                "version", $"Breach {Id} is at version {Version}, not {expectedVersion}; read it again and retry.");
        }
    }
}
