using Platform.SharedKernel;

namespace Platform.Agreements.Domain;

/// <summary>
/// A customer experience quality assurance commitment (clause 1.2) between the promisor (2.1) and a
/// customer (2.2). Lifecycle: draft → active on signing → expired when its expiry time passes.
/// </summary>
public sealed class Agreement : AggregateRoot
{
    // For EF Core.
    private Agreement()
    {
        Number = string.Empty;
        CreateRequestFingerprint = string.Empty;
        Promisor = null!;
        Customer = null!;
    }

    private Agreement(Guid id, string number, CreateRequest createRequest, Promisor promisor, Customer customer, DateTimeOffset effectiveFrom, DateTimeOffset expiresAt, DateTimeOffset createdAt)
    {
        Id = id;
        Number = number;
        CreateRequestId = createRequest.Id;
        CreateRequestFingerprint = createRequest.Fingerprint;
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

    /// <summary>Fingerprint of the content of that call, so a reused request id with other content is refused.</summary>
    public string CreateRequestFingerprint { get; private set; }

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

    /// <summary>Starts a draft agreement from checked details and the number it is given.</summary>
    public static Agreement Draft(Guid id, string number, CreateRequest request, DraftDetails details, DateTimeOffset now) =>
        new(id, number, request, details.Promisor, details.Customer, details.EffectiveFrom, details.ExpiresAt, now);

    /// <summary>Refuses a create request that reuses this agreement's request id for different content.</summary>
    public void EnsureCreatedBy(CreateRequest request)
    {
        if (request.Id != CreateRequestId || request.Fingerprint != CreateRequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "agreement.request_id_reused",
                "request_id",
                $"request_id {request.Id} was already used to create agreement {Number} with different content; use a new request_id.");
        }
    }

    /// <summary>Signs a draft on behalf of the promisor: the agreement becomes active (clause 1.2).</summary>
    public void Sign(string signedBy, long expectedVersion, DateTimeOffset now)
    {
        RequireVersion(expectedVersion);
        DraftDetails.RequireText(signedBy, "signed_by");
        if (Status != AgreementStatus.Draft)
        {
            throw RuleViolationException.Precondition(
                "agreement.not_draft", "agreement.status", $"Only a draft can be signed; agreement {Number} is {Status.ToString().ToLowerInvariant()}.");
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
}
