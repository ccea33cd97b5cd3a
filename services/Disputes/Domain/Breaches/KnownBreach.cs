using Platform.SharedKernel;

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

    /// <summary>
    /// Refuses a new case on the breach while a case holds it or once it is final: a breach is disputed in one
    /// case at a time, and a remedied or settled one is closed. <paramref name="holdingCase"/> is a case of this
    /// context on the breach that is open or ended settled, awarded or judged, when there is one; it is known
    /// here before the status change it causes comes back from Agreements.
    /// </summary>
    public void EnsureDisputable(Dispute? holdingCase)
    {
        if (holdingCase is { IsClosed: false })
        {
            throw Refused("dispute.breach_disputed", $"Breach {BreachId} is already disputed in case {holdingCase.Id}; a breach is disputed in one case at a time.");
        }

        if (holdingCase is not null)
        {
            throw Refused(
                "dispute.breach_settled",
                $"Breach {BreachId} is settled: case {holdingCase.Id} ended {holdingCase.Status.ToString().ToLowerInvariant()}; a settled breach cannot be disputed again.");
        }

        switch (Status)
        {
            case "Disputed":
                throw Refused(
                    "dispute.breach_disputed",
                    $"Breach {BreachId} is still disputed as Agreements last reported it; a new case can be opened once it is open or acknowledged again.");
            case "Settled":
                throw Refused("dispute.breach_settled", $"Breach {BreachId} is settled; a settled breach cannot be disputed again.");
            case "Remedied":
                throw Refused("dispute.breach_remedied", $"Breach {BreachId} is remedied; a remedied breach is final and cannot be disputed.");
        }
    }

    private static RuleViolationException Refused(string code, string message) => RuleViolationException.Precondition(code, "breach_ids", message);

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
