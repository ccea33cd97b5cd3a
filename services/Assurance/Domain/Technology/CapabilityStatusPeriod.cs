namespace Platform.Assurance.Domain.Technology;

/// <summary>A status of a capability from <see cref="Since"/> until the next period's start: who recorded it, when and why.</summary>
public sealed record CapabilityStatusPeriod(int Sequence, CapabilityStatus Status, DateTimeOffset Since, DateTimeOffset RecordedAt, string Actor, string Reason);
