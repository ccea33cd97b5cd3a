using Platform.Complaints.Domain.Clocks;
using Platform.SharedKernel;

namespace Platform.Complaints.Domain;

/// <summary>A change of the complaint made by <see cref="Actor"/>; <see cref="Version"/> is the complaint's version after it.</summary>
public abstract record ComplaintChanged(long Version, string Actor, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The complaint was filed and its clocks started.</summary>
public sealed record ComplaintFiled(long Version, string Actor, DateTimeOffset OccurredAt) : ComplaintChanged(Version, Actor, OccurredAt);

/// <summary>The first response was given.</summary>
public sealed record ComplaintAcknowledged(long Version, string Actor, bool InTime, DateTimeOffset OccurredAt) : ComplaintChanged(Version, Actor, OccurredAt);

/// <summary>A progress update was given; the solution-or-update clock restarted.</summary>
public sealed record ComplaintProgressUpdated(long Version, string Actor, bool InTime, DateTimeOffset OccurredAt) : ComplaintChanged(Version, Actor, OccurredAt);

/// <summary>A solution was given.</summary>
public sealed record ComplaintResolved(long Version, string Actor, bool BelowStandard, DateTimeOffset OccurredAt) : ComplaintChanged(Version, Actor, OccurredAt);

/// <summary>The resolved complaint was closed.</summary>
public sealed record ComplaintClosed(long Version, string Actor, bool Automatically, DateTimeOffset OccurredAt) : ComplaintChanged(Version, Actor, OccurredAt);

/// <summary>The resolved complaint was reopened.</summary>
public sealed record ComplaintReopened(long Version, string Actor, DateTimeOffset OccurredAt) : ComplaintChanged(Version, Actor, OccurredAt);

/// <summary>The customer withdrew the complaint.</summary>
public sealed record ComplaintWithdrawn(long Version, string Actor, DateTimeOffset OccurredAt) : ComplaintChanged(Version, Actor, OccurredAt);

/// <summary>A clock used <see cref="PercentUsed"/> percent of its time.</summary>
public sealed record ClockAtRisk(ClockKind Clock, int PercentUsed, DateTimeOffset DueAt, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A clock's due time passed before it was met.</summary>
public sealed record ClockMissed(ClockKind Clock, DateTimeOffset DueAt, DateTimeOffset OccurredAt) : IDomainEvent;
