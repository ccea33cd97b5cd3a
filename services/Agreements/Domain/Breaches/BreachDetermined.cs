using Platform.SharedKernel;

namespace Platform.Agreements.Domain.Breaches;

/// <summary>A rule of clause 4 found a breach and it was recorded, open, at version 1.</summary>
public sealed record BreachDetermined(
    Guid BreachId,
    Guid AgreementId,
    long Version,
    BreachClause Clause,
    BreachSeverity Severity,
    BreachEvidence Evidence,
    string Description,
    DateTimeOffset FactAt,
    DateTimeOffset OccurredAt) : IDomainEvent;
