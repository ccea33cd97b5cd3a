using Platform.Contracts.Events.Agreements;

namespace Platform.AgreementReplica.Domain;

/// <summary>One terms version of an agreement as this context received it: in force from <see cref="EffectiveFrom"/>.</summary>
public sealed class KnownTerms
{
    // For EF Core.
    private KnownTerms()
    {
        Terms = null!;
    }

    internal KnownTerms(int version, DateTimeOffset effectiveFrom, AgreementTermsSnapshot terms)
    {
        Version = version;
        EffectiveFrom = effectiveFrom;
        Terms = terms;
    }

    public int Version { get; private set; }

    public DateTimeOffset EffectiveFrom { get; private set; }

    public AgreementTermsSnapshot Terms { get; private set; }
}
