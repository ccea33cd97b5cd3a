using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Interruptions;

/// <summary>A change of an interruption made by <see cref="Actor"/>; <see cref="Version"/> is the interruption's version after it.</summary>
public abstract record InterruptionChanged(long Version, string Actor, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The start of the interruption was reported.</summary>
public sealed record InterruptionStartReported(long Version, string Actor, DateTimeOffset OccurredAt) : InterruptionChanged(Version, Actor, OccurredAt);

/// <summary>The end of the interruption was reported.</summary>
public sealed record InterruptionEndReported(long Version, string Actor, DateTimeOffset OccurredAt) : InterruptionChanged(Version, Actor, OccurredAt);

/// <summary>The interruption was corrected; <see cref="Correction"/> says what changed.</summary>
public sealed record InterruptionCorrectionMade(long Version, InterruptionCorrection Correction, string Actor, DateTimeOffset OccurredAt)
    : InterruptionChanged(Version, Actor, OccurredAt);
