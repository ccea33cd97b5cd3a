using Platform.SharedKernel;

namespace Platform.Agreements.Domain.Breaches;

/// <summary>
/// A breach changed: its status (acknowledged, remedied, disputed, settled, back to open or acknowledged when
/// its dispute case was withdrawn) or its severity (reclassified under 4.1, when the status stays the same).
/// <see cref="ChangedBy"/> is the officer, or null when a dispute case made the change; <see cref="Note"/> is
/// the remedy note, the reclassification reason, or "dispute {id} withdrawn".
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
