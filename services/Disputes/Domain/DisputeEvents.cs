using Platform.SharedKernel;

namespace Platform.Disputes.Domain;

/// <summary>A change of the dispute made by <see cref="Actor"/>; <see cref="Version"/> is the dispute's version after it.</summary>
public abstract record DisputeChanged(long Version, string Actor, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The case ended with <see cref="Outcome"/>; what the adapter publishes as DisputeResolved.</summary>
public abstract record DisputeOutcomeReached(long Version, string Actor, DisputeStatus Outcome, DateTimeOffset OccurredAt) : DisputeChanged(Version, Actor, OccurredAt);

/// <summary>The case opened in negotiation, with its deadline.</summary>
public sealed record DisputeOpened(long Version, string Actor, DateTimeOffset NegotiationDeadline, DateTimeOffset OccurredAt) : DisputeChanged(Version, Actor, OccurredAt);

/// <summary>A dispute officer was assigned.</summary>
public sealed record OfficerAssigned(long Version, string Actor, string Officer, DateTimeOffset OccurredAt) : DisputeChanged(Version, Actor, OccurredAt);

/// <summary>A written submission was added in negotiation.</summary>
public sealed record SubmissionAdded(long Version, string Actor, int Sequence, SubmissionKind Kind, DateTimeOffset OccurredAt) : DisputeChanged(Version, Actor, OccurredAt);

/// <summary>An officer declared the negotiation failed.</summary>
public sealed record NegotiationFailed(long Version, string Actor, DateTimeOffset OccurredAt) : DisputeChanged(Version, Actor, OccurredAt);

/// <summary>The negotiation period passed without settlement or failure; the case may go to arbitration.</summary>
public sealed record NegotiationPeriodExpired(long Version, string Actor, DateTimeOffset Deadline, DateTimeOffset OccurredAt) : DisputeChanged(Version, Actor, OccurredAt);

/// <summary>The case moved to arbitration.</summary>
public sealed record MovedToArbitration(long Version, string Actor, string Commission, bool CommissionOverridden, DateTimeOffset OccurredAt) : DisputeChanged(Version, Actor, OccurredAt);

/// <summary>The case moved to litigation.</summary>
public sealed record MovedToLitigation(long Version, string Actor, LitigationGround Ground, string Court, DateTimeOffset OccurredAt) : DisputeChanged(Version, Actor, OccurredAt);

/// <summary>The parties settled in negotiation; the case is closed.</summary>
public sealed record SettlementRecorded(long Version, string Actor, DateTimeOffset OccurredAt) : DisputeOutcomeReached(Version, Actor, DisputeStatus.Settled, OccurredAt);

/// <summary>The commission's award was recorded; the case is closed.</summary>
public sealed record AwardRecorded(long Version, string Actor, DateTimeOffset OccurredAt) : DisputeOutcomeReached(Version, Actor, DisputeStatus.Awarded, OccurredAt);

/// <summary>The court's judgment was recorded; the case is closed.</summary>
public sealed record JudgmentRecorded(long Version, string Actor, DateTimeOffset OccurredAt) : DisputeOutcomeReached(Version, Actor, DisputeStatus.Judged, OccurredAt);

/// <summary>The claimant withdrew the dispute; the case is closed.</summary>
public sealed record DisputeWithdrawn(long Version, string Actor, DateTimeOffset OccurredAt) : DisputeOutcomeReached(Version, Actor, DisputeStatus.Withdrawn, OccurredAt);

/// <summary>A hearing before the arbitration commission was recorded.</summary>
public sealed record ArbitrationHearingRecorded(long Version, string Actor, DateOnly Date, DateTimeOffset OccurredAt) : DisputeChanged(Version, Actor, OccurredAt);

/// <summary>A hearing before the court was recorded.</summary>
public sealed record CourtHearingRecorded(long Version, string Actor, DateOnly Date, DateTimeOffset OccurredAt) : DisputeChanged(Version, Actor, OccurredAt);

/// <summary>The commission's or the court's case number was recorded.</summary>
public sealed record CaseNumberRecorded(long Version, string Actor, DisputeStage Stage, string CaseNumber, DateTimeOffset OccurredAt) : DisputeChanged(Version, Actor, OccurredAt);
