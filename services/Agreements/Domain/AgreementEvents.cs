using Platform.SharedKernel;

namespace Platform.Agreements.Domain;

/// <summary>The agreement was signed and is now in force.</summary>
public sealed record AgreementSigned(Guid AgreementId, long Version, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The agreement reached its expiry time.</summary>
public sealed record AgreementLapsed(Guid AgreementId, long Version, DateTimeOffset OccurredAt) : IDomainEvent;
