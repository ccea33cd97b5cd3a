using Platform.SharedKernel;

namespace Platform.Agreements.Domain;

/// <summary>
/// A customer experience quality assurance commitment (clause 1.2) between the promisor (2.1) and a
/// customer (2.2). Lifecycle: draft → active on signing → expired when its expiry time passes.
/// </summary>
public sealed class Agreement : AggregateRoot
{
    private const int MaxNameLength = 300;

    // For EF Core.
    private Agreement()
    {
        Number = string.Empty;
        Promisor = null!;
        Customer = null!;
    }

    private Agreement(Guid id, string number, Guid createRequestId, Promisor promisor, Customer customer, DateTimeOffset effectiveFrom, DateTimeOffset expiresAt, DateTimeOffset createdAt)
    {
        Id = id;
        Number = number;
        CreateRequestId = createRequestId;
        Promisor = promisor;
        Customer = customer;
        EffectiveFrom = effectiveFrom;
        ExpiresAt = expiresAt;
        CreatedAt = createdAt;
        Status = AgreementStatus.Draft;
        Version = 1;
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; }

    /// <summary>The request id of the CreateAgreement call, so a retried call returns this agreement.</summary>
    public Guid CreateRequestId { get; private set; }

    public AgreementStatus Status { get; private set; }

    public Promisor Promisor { get; private set; }

    public Customer Customer { get; private set; }

    public DateTimeOffset EffectiveFrom { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public string? SignedBy { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Incremented by every change; the concurrency token and the order of the events it raises.</summary>
    public long Version { get; private set; }

    /// <summary>Starts a draft agreement; every field is checked and a bad one is named.</summary>
    public static Agreement Draft(
        Guid id,
        string number,
        Guid createRequestId,
        Promisor promisor,
        Customer customer,
        DateTimeOffset effectiveFrom,
        DateTimeOffset expiresAt,
        DateTimeOffset now)
    {
        RequireText(promisor.OrganizationId, "promisor.organization_id");
        RequireText(promisor.Name, "promisor.name");
        RequireText(customer.CustomerId, "customer.customer_id");
        RequireText(customer.Name, "customer.name");
        if (expiresAt <= effectiveFrom)
        {
            throw RuleViolationException.Invalid("expires_at", "The expiry time must be after the effective time.");
        }

        return new Agreement(id, number, createRequestId, promisor, customer, effectiveFrom, expiresAt, now);
    }

    /// <summary>Signs a draft on behalf of the promisor: the agreement becomes active (clause 1.2).</summary>
    public void Sign(string signedBy, long expectedVersion, DateTimeOffset now)
    {
        RequireVersion(expectedVersion);
        RequireText(signedBy, "signed_by");
        if (Status != AgreementStatus.Draft)
        {
            throw RuleViolationException.Precondition(
                "agreement.not_draft", "agreement.status", $"Only a draft can be signed; agreement {Number} is {Status}.");
        }

        if (ExpiresAt <= now)
        {
            throw RuleViolationException.Precondition(
                "agreement.expired_before_signing", "agreement.expires_at", $"Agreement {Number} expired at {ExpiresAt:O}; it can no longer be signed.");
        }

        Status = AgreementStatus.Active;
        SignedBy = signedBy.Trim();
        SignedAt = now;
        Version++;
        Raise(new AgreementSigned(Id, Version, now));
    }

    /// <summary>Ends an active or suspended agreement whose expiry time has passed; returns false when there is nothing to do.</summary>
    public bool Expire(DateTimeOffset now)
    {
        if (Status is not (AgreementStatus.Active or AgreementStatus.Suspended) || now < ExpiresAt)
        {
            return false;
        }

        Status = AgreementStatus.Expired;
        Version++;
        Raise(new AgreementLapsed(Id, Version, now));
        return true;
    }

    private void RequireVersion(long expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw RuleViolationException.Conflict(
                "version", $"Agreement {Number} is at version {Version}, not {expectedVersion}; read it again and retry.");
        }
    }

    private static void RequireText(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw RuleViolationException.Invalid(field, $"{field} is required.");
        }

        if (value.Length > MaxNameLength)
        {
            throw RuleViolationException.Invalid(field, $"{field} must be at most {MaxNameLength} characters.");
        }
    }
}
