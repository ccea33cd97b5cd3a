using Platform.Agreements.Domain.Terms;
using Platform.SharedKernel;

namespace Platform.Agreements.Domain;

/// <summary>
/// A customer experience quality assurance commitment (clause 1.2) between the promisor and its authorised
/// subsidiaries (2.1) and a customer (2.2), with versioned terms. Lifecycle: draft → active on signing →
/// suspended ↔ active → terminated; active or suspended → expired when the expiry time passes.
/// </summary>
public sealed class Agreement : AggregateRoot
{
    private readonly List<TermsVersion> _termsVersions = [];

    // For EF Core.
    private Agreement()
    {
        Number = string.Empty;
        CreateRequestFingerprint = string.Empty;
        Promisor = null!;
        Customer = null!;
        Scope = ServiceScope.Empty;
        DraftTerms = new AgreementTerms();
    }

    private Agreement(Guid id, string number, ClientRequest createRequest, DraftDetails details, DateTimeOffset createdAt)
        : this()
    {
        Id = id;
        Number = number;
        CreateRequestId = createRequest.Id;
        CreateRequestFingerprint = createRequest.Fingerprint;
        CreatedAt = createdAt;
        Status = AgreementStatus.Draft;
        Version = 1;
        Apply(details);
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; }

    /// <summary>The request id of the CreateAgreement call, so a retried call returns this agreement.</summary>
    public Guid CreateRequestId { get; private set; }

    /// <summary>Fingerprint of the content of that call, so a reused request id with other content is refused.</summary>
    public string CreateRequestFingerprint { get; private set; }

    public AgreementStatus Status { get; private set; }

    /// <summary>Why the agreement was last suspended or terminated.</summary>
    public string? StatusReason { get; private set; }

    public Promisor Promisor { get; private set; }

    public IReadOnlyList<Subsidiary> Subsidiaries { get; private set; } = [];

    public Customer Customer { get; private set; }

    /// <summary>Personal data: never logged, never published.</summary>
    public CustomerContact? CustomerContact { get; private set; }

    public ServiceScope Scope { get; private set; }

    public DateTimeOffset EffectiveFrom { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The terms proposed while a draft; after signing, <see cref="TermsVersions"/> holds the terms.</summary>
    public AgreementTerms DraftTerms { get; private set; }

    /// <summary>Every terms version, oldest first; empty until signed.</summary>
    public IReadOnlyList<TermsVersion> TermsVersions => _termsVersions;

    /// <summary>Every status the agreement entered after signing, oldest first (active on signing).</summary>
    public IReadOnlyList<StatusChange> StatusHistory { get; private set; } = [];

    public string? SignedBy { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Incremented by every change; the concurrency token and the order of the events it raises.</summary>
    public long Version { get; private set; }

    /// <summary>Starts a draft agreement from checked details and the number it is given.</summary>
    public static Agreement Draft(Guid id, string number, ClientRequest request, DraftDetails details, DateTimeOffset now) =>
        new(id, number, request, details, now);

    /// <summary>Refuses a create request that reuses this agreement's request id for different content.</summary>
    public void EnsureCreatedBy(ClientRequest request)
    {
        if (request.Id != CreateRequestId || request.Fingerprint != CreateRequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "agreement.request_id_reused",
                "request_id",
                $"request_id {request.Id} was already used to create agreement {Number} with different content; use a new request_id.");
        }
    }

    /// <summary>Replaces the content of a draft; only drafts can be edited.</summary>
    public void UpdateDraft(DraftDetails details, long expectedVersion)
    {
        RequireVersion(expectedVersion);
        RequireStatus("edited", AgreementStatus.Draft);
        Apply(details);
        Version++;
    }

    /// <summary>
    /// Signs a complete draft on behalf of the promisor: the agreement becomes active (clause 1.2) and its
    /// terms become version 1, in force from the agreement's effective time.
    /// </summary>
    public void Sign(string signedBy, long expectedVersion, DateTimeOffset now)
    {
        RequireVersion(expectedVersion);
        DraftDetails.RequireText(signedBy, "signed_by");
        RequireStatus("signed", AgreementStatus.Draft);
        if (DraftTerms.FirstMissing() is { } missing)
        {
            throw RuleViolationException.Precondition(
                "agreement.terms_incomplete", missing, $"{missing} must be filled in before agreement {Number} can be signed.");
        }

        if (ExpiresAt <= now)
        {
            throw RuleViolationException.Precondition(
                "agreement.expired_before_signing", "expires_at", $"Agreement {Number} expired at {ExpiresAt:O}; it can no longer be signed.");
        }

        _termsVersions.Add(new TermsVersion(1, EffectiveFrom, DraftTerms, "signed", now));
        Enter(AgreementStatus.Active, now);
        SignedBy = signedBy.Trim();
        SignedAt = now;
        Version++;
        Raise(new AgreementSigned(Id, Version, now));
    }

    /// <summary>Stops enforcing an active agreement for a while; the reason is kept.</summary>
    public void Suspend(string reason, long expectedVersion, DateTimeOffset now)
    {
        RequireVersion(expectedVersion);
        DraftDetails.RequireText(reason, "reason");
        RequireStatus("suspended", AgreementStatus.Active);
        Enter(AgreementStatus.Suspended, now);
        StatusReason = reason.Trim();
        Version++;
        Raise(new AgreementSuspended(Id, Version, StatusReason, now));
    }

    /// <summary>Enforces a suspended agreement again.</summary>
    public void Resume(long expectedVersion, DateTimeOffset now)
    {
        RequireVersion(expectedVersion);
        RequireStatus("resumed", AgreementStatus.Suspended);
        Enter(AgreementStatus.Active, now);
        StatusReason = null;
        Version++;
        Raise(new AgreementResumed(Id, Version, now));
    }

    /// <summary>Ends an active or suspended agreement for good; the reason is kept.</summary>
    public void Terminate(string reason, long expectedVersion, DateTimeOffset now)
    {
        RequireVersion(expectedVersion);
        DraftDetails.RequireText(reason, "reason");
        RequireStatus("terminated", AgreementStatus.Active, AgreementStatus.Suspended);
        Enter(AgreementStatus.Terminated, now);
        StatusReason = reason.Trim();
        Version++;
        Raise(new AgreementTerminated(Id, Version, StatusReason, now));
    }

    /// <summary>Ends an active or suspended agreement whose expiry time has passed; returns false when there is nothing to do.</summary>
    public bool Expire(DateTimeOffset now)
    {
        if (Status is not (AgreementStatus.Active or AgreementStatus.Suspended) || now < ExpiresAt)
        {
            return false;
        }

        Enter(AgreementStatus.Expired, ExpiresAt);
        Version++;
        Raise(new AgreementLapsed(Id, Version, now));
        return true;
    }

    /// <summary>
    /// Makes a new terms version in force from <paramref name="effectiveFrom"/>. Only an active agreement's
    /// terms are amended, never retroactively (a complaint already received keeps the terms it was judged
    /// by), and the new terms must be complete.
    /// </summary>
    public TermsVersion AmendTerms(AgreementTerms terms, DateTimeOffset effectiveFrom, string reason, long expectedVersion, DateTimeOffset now)
    {
        RequireVersion(expectedVersion);
        DraftDetails.RequireText(reason, "reason");
        RequireStatus("amended", AgreementStatus.Active);
        terms.Validated();
        if (terms.FirstMissing() is { } missing)
        {
            throw RuleViolationException.Invalid(missing, $"{missing} is required: amended terms replace the whole set.");
        }

        var latest = _termsVersions[^1];
        if (effectiveFrom < now || effectiveFrom <= latest.EffectiveFrom)
        {
            throw RuleViolationException.Invalid(
                "effective_from", $"Amended terms take effect from now on, after version {latest.Number} (in force from {latest.EffectiveFrom:O}); {effectiveFrom:O} is too early.");
        }

        if (effectiveFrom >= ExpiresAt)
        {
            throw RuleViolationException.Invalid("effective_from", $"Agreement {Number} expires at {ExpiresAt:O}, before the amendment would take effect.");
        }

        var version = new TermsVersion(latest.Number + 1, effectiveFrom, terms, reason.Trim(), now);
        _termsVersions.Add(version);
        Version++;
        Raise(new TermsAmended(Id, Version, version.Number, now));
        return version;
    }

    /// <summary>The terms version in force at <paramref name="at"/>, or null before the agreement took effect or while a draft.</summary>
    public TermsVersion? TermsAt(DateTimeOffset at) => _termsVersions.LastOrDefault(v => v.EffectiveFrom <= at);

    /// <summary>
    /// Whether the agreement was in force at <paramref name="at"/>: signed, within its effective period, and
    /// neither suspended nor ended then. Clause 4 records a breach only against an agreement in force when
    /// the failing fact happened.
    /// </summary>
    public bool WasInForceAt(DateTimeOffset at)
    {
        if (StatusHistory.Count == 0 || at < EffectiveFrom || at >= ExpiresAt)
        {
            return false;
        }

        var last = StatusHistory.LastOrDefault(change => change.At <= at);

        // Before the signature was recorded, a signed agreement counts as in force from its effective time.
        return last is null || last.Status == AgreementStatus.Active;
    }

    private void Enter(AgreementStatus status, DateTimeOffset at)
    {
        Status = status;
        StatusHistory = [.. StatusHistory, new StatusChange(status, at)];
    }

    private void Apply(DraftDetails details)
    {
        Promisor = details.Promisor;
        Subsidiaries = details.Subsidiaries;
        Customer = details.Customer;
        CustomerContact = details.Contact;
        Scope = details.Scope;
        EffectiveFrom = details.EffectiveFrom;
        ExpiresAt = details.ExpiresAt;
        DraftTerms = details.Terms;
    }

    private void RequireStatus(string action, params AgreementStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            var expected = string.Join(" or ", allowed.Select(s => s.ToString().ToLowerInvariant()));
            var article = "aeiou".Contains(expected[0], StringComparison.Ordinal) ? "an" : "a";
            throw RuleViolationException.Precondition(
                $"agreement.not_{allowed[0].ToString().ToLowerInvariant()}",
                "agreement.status",
                $"Only {article} {expected} agreement can be {action}; agreement {Number} is {Status.ToString().ToLowerInvariant()}.");
        }
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
