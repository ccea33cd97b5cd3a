using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Inspections;

/// <summary>A finding was recorded.</summary>
public sealed record FindingRecorded(DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A corrective action was still open after its due time.</summary>
public sealed record CorrectiveActionOverdue(Guid ActionId, DateTimeOffset DueAt, DateTimeOffset OccurredAt) : IDomainEvent;
