using Platform.SharedKernel;

namespace Platform.Agreements.Domain.Breaches;

/// <summary>
/// A breach changed: its status (acknowledged, remedied, disputed, settled) or its severity (reclassified
/// under 4.1, when the status stays the same). <see cref="ChangedBy"/> is the officer, or null when a
/// dispute case made the change; <see cref="Note"/> is the remedy note or the reclassification reason.
/// </summary>
public sealed record BreachStatusChanged(
    Guid BreachId,
    Guid AgreementId,
    long Version,
    BreachStatus FromStatus,
    BreachStatus ToStatus,
    BreachSeverity FromSeverity,
    BreachSeverity ToSeverity,
    string? ChangedBy,
    string? Note,
    Guid? DisputeId,
    DateTimeOffset OccurredAt) : IDomainEvent;
