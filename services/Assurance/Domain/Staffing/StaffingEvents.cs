using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Staffing;

/// <summary>From <see cref="At"/> the promisor's team is below the requirement (it was not before).</summary>
public sealed record TeamFellShort(DateTimeOffset At, int Headcount, int RequiredHeadcount, int CoreMembersBelowExperience, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>From <see cref="At"/> the promisor's team meets the requirement again.</summary>
public sealed record TeamMetRequirement(DateTimeOffset At, int Headcount, DateTimeOffset OccurredAt) : IDomainEvent;
