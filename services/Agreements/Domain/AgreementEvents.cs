using Platform.SharedKernel;

namespace Platform.Agreements.Domain;

/// <summary>The agreement was signed and is now in force, with terms version 1.</summary>
public sealed record AgreementSigned(Guid AgreementId, long Version, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The agreement reached its expiry time.</summary>
public sealed record AgreementLapsed(Guid AgreementId, long Version, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The agreement is temporarily not enforced.</summary>
public sealed record AgreementSuspended(Guid AgreementId, long Version, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A suspended agreement is enforced again.</summary>
public sealed record AgreementResumed(Guid AgreementId, long Version, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>The agreement was ended by a party.</summary>
public sealed record AgreementTerminated(Guid AgreementId, long Version, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>A new terms version was made, in force from its effective time.</summary>
public sealed record TermsAmended(Guid AgreementId, long Version, int TermsVersion, DateTimeOffset OccurredAt) : IDomainEvent;
