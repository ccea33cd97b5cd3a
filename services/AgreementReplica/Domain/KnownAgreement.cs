namespace Platform.AgreementReplica.Domain;

/// <summary>
/// This context's copy of the facts it needs about an agreement, kept from the Agreements events so it keeps
/// working while Agreements is down. Facts may arrive out of order: each carries the agreement version, and
/// one older than what is held changes nothing.
/// </summary>
public sealed class KnownAgreement
{
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

    public KnownAgreementStatus Status { get; private set; }

    /// <summary>Version of the agreement the latest applied fact described.</summary>
    public long Version { get; private set; }

    public DateTimeOffset LastChangedAt { get; private set; }

    /// <summary>New work (complaints, assurance records, disputes) is accepted only for agreements in force.</summary>
    public bool AcceptsWork => Status == KnownAgreementStatus.Active;

    /// <summary>Starts the copy of an agreement this context has not heard of before.</summary>
    public static KnownAgreement FirstHeardOf(Guid agreementId) => new(agreementId);

    /// <summary>Records that the agreement was activated; returns false for a stale fact.</summary>
    public bool Activated(string number, long version, DateTimeOffset occurredAt) =>
        Apply(number, KnownAgreementStatus.Active, version, occurredAt);

    /// <summary>Records that the agreement expired; returns false for a stale fact.</summary>
    public bool Expired(string number, long version, DateTimeOffset occurredAt) =>
        Apply(number, KnownAgreementStatus.Expired, version, occurredAt);

    private bool Apply(string number, KnownAgreementStatus status, long version, DateTimeOffset occurredAt)
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
}
