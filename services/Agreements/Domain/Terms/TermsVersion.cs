namespace Platform.Agreements.Domain.Terms;

/// <summary>
/// One version of an agreement's terms: version 1 comes into force with the agreement, each amendment adds
/// the next, effective from its own time. History is never rewritten, so a complaint is always judged by
/// the version in force when it was received.
/// </summary>
public sealed class TermsVersion
{
    // For EF Core.
    private TermsVersion()
    {
        Terms = null!;
        Reason = string.Empty;
    }

    internal TermsVersion(int number, DateTimeOffset effectiveFrom, AgreementTerms terms, string reason, DateTimeOffset recordedAt)
    {
        Number = number;
        EffectiveFrom = effectiveFrom;
        Terms = terms;
        Reason = reason;
        RecordedAt = recordedAt;
    }

    /// <summary>1 for the signed terms, then 2, 3, … per amendment.</summary>
    public int Number { get; private set; }

    /// <summary>From this instant until the next version's, these terms are in force.</summary>
    public DateTimeOffset EffectiveFrom { get; private set; }

    public AgreementTerms Terms { get; private set; }

    /// <summary>Why the version was made ("signed", or the amendment's reason).</summary>
    public string Reason { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
