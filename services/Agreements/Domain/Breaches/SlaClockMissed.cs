namespace Platform.Agreements.Domain.Breaches;

/// <summary>Complaints reports that a clock of a complaint passed its due time unmet (clauses 2.3.1, 4.2.2).</summary>
public sealed record SlaClockMissed(
    Guid ComplaintId,
    Guid AgreementId,
    SlaClock Clock,
    DateTimeOffset DueAt,
    ComplaintSeverity ComplaintSeverity);
