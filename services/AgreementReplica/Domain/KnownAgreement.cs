using Platform.Contracts.Events.Agreements;

namespace Platform.AgreementReplica.Domain;

/// <summary>
/// This context's copy of the facts it needs about an agreement, kept from the Agreements events so it keeps
/// working while Agreements is down. Facts may arrive out of order: each carries the agreement version, and
/// one older than what is held changes nothing.
/// </summary>
public sealed class KnownAgreement
{
    private readonly List<KnownTerms> _termsVersions = [];

    private KnownAgreement()
    {
        Number = string.Empty;
    }

    private KnownAgreement(Guid agreementId)
        : this()
    {
        AgreementId = agreementId;
    }

    public Guid AgreementId { get; private set; }

    public string Number { get; private set; }

    /// <summary>The promisor's organisation id, from the activation; null until the activation has arrived.</summary>
    public string? PromisorId { get; private set; }

    public KnownAgreementStatus Status { get; private set; }

    /// <summary>Version of the agreement the latest applied lifecycle fact described.</summary>
    public long Version { get; private set; }

    public DateTimeOffset LastChangedAt { get; private set; }

    /// <summary>The terms versions received, in version order; each is in force until the next one's effective time.</summary>
    public IReadOnlyList<KnownTerms> TermsVersions => _termsVersions;

    /// <summary>New work (complaints, assurance records, disputes) is accepted only for agreements in force.</summary>
    public bool AcceptsWork => Status == KnownAgreementStatus.Active;

    /// <summary>Starts the copy of an agreement this context has not heard of before.</summary>
    public static KnownAgreement FirstHeardOf(Guid agreementId) => new(agreementId);

    /// <summary>
    /// Records a lifecycle fact: the agreement reached <paramref name="status"/> at <paramref name="version"/>.
    /// Returns false, changing nothing, for a fact older than the one held, so facts may arrive in any order.
    /// </summary>
    public bool Record(string number, KnownAgreementStatus status, long version, DateTimeOffset occurredAt)
    {
        if (version <= Version)
        {
            return false;
        }

        Number = number;
        Status = status;
        Version = version;
        LastChangedAt = occurredAt;
        return true;
    }

    /// <summary>Keeps who the promisor is (from the activation, whenever it arrives).</summary>
    public void RecordPromisor(string promisorId) => PromisorId = promisorId;

    /// <summary>
    /// Keeps a terms version (from the activation or an amendment). Versions may arrive in any order and
    /// more than once; one already held changes nothing.
    /// </summary>
    public bool RecordTerms(int version, DateTimeOffset effectiveFrom, AgreementTermsSnapshot terms)
    {
        if (_termsVersions.Any(t => t.Version == version))
        {
            return false;
        }

        _termsVersions.Add(new KnownTerms(version, effectiveFrom, terms));
        _termsVersions.Sort((a, b) => a.Version.CompareTo(b.Version));
        return true;
    }

    /// <summary>The terms version in force at <paramref name="at"/> as far as this context knows, or null.</summary>
    public KnownTerms? TermsAt(DateTimeOffset at) => _termsVersions.LastOrDefault(t => t.EffectiveFrom <= at);
}
