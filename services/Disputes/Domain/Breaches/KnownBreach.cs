namespace Platform.Disputes.Domain.Breaches;

/// <summary>
/// This context's copy of a breach Agreements determined (clause 4), kept from BreachDetermined and
/// BreachStatusChanged so a case can be opened on it and show it while Agreements is down. Facts may arrive
/// out of order: each carries the breach version, and one not newer than what is held changes nothing.
/// </summary>
public sealed class KnownBreach
{
    // For EF Core.
    private KnownBreach()
    {
        Clause = string.Empty;
        Severity = string.Empty;
        Status = string.Empty;
        EvidenceKind = string.Empty;
        EvidenceId = string.Empty;
        Description = string.Empty;
    }

    private KnownBreach(Guid breachId, Guid agreementId)
        : this()
    {
        BreachId = breachId;
        AgreementId = agreementId;
    }

    public Guid BreachId { get; private set; }

    public Guid AgreementId { get; private set; }

    /// <summary>The clause breached, e.g. "2.3.1"; empty until the determination has arrived.</summary>
    public string Clause { get; private set; }

    /// <summary>"Minor" or "Major".</summary>
    public string Severity { get; private set; }

    /// <summary>"Open", "Acknowledged", "Remedied", "Disputed" or "Settled".</summary>
    public string Status { get; private set; }

    public string EvidenceKind { get; private set; }

    public string EvidenceId { get; private set; }

    public string Description { get; private set; }

    /// <summary>When the failing fact happened.</summary>
    public DateTimeOffset FactAt { get; private set; }

    /// <summary>The breach version of the latest fact applied.</summary>
    public long Version { get; private set; }

    /// <summary>Whether the determination itself has arrived (a status change may come first).</summary>
    public bool IsDetermined => Clause.Length > 0;

    /// <summary>Starts the copy of a breach this context has not heard of before.</summary>
    public static KnownBreach FirstHeardOf(Guid breachId, Guid agreementId) => new(breachId, agreementId);

    /// <summary>
    /// Records the determination: what was breached and how it is proven. Those never change, so they are kept
    /// whenever it arrives; severity and status only when it is the newest fact.
    /// </summary>
    public void RecordDetermined(string clause, string severity, string evidenceKind, string evidenceId, string description, DateTimeOffset factAt, long version)
    {
        Clause = clause;
        EvidenceKind = evidenceKind;
        EvidenceId = evidenceId;
        Description = description;
        FactAt = factAt;
        if (version > Version)
        {
            Severity = severity;
            Status = "Open";
            Version = version;
        }
    }

    /// <summary>Records a status or severity change; returns false, changing nothing, for a fact not newer than the one held.</summary>
    public bool RecordStatus(string status, string severity, long version)
    {
        if (version <= Version)
        {
            return false;
        }

        Status = status;
        Severity = severity;
        Version = version;
        return true;
    }
}
