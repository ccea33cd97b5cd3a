namespace Platform.Contracts.Events.Agreements;

/// <summary>
/// An agreement's terms were amended: <see cref="Terms"/> are in force from <see cref="EffectiveFrom"/>
/// until a later version's. Earlier versions stay in force for what happened before.
/// </summary>
public sealed record AgreementTermsAmended : AgreementFact
{
    /// <summary>The new terms version number (2, 3, …).</summary>
    public required int TermsVersion { get; init; }

    /// <summary>From when the new terms apply.</summary>
    public required DateTimeOffset EffectiveFrom { get; init; }

    /// <summary>The complete new terms.</summary>
    public required AgreementTermsSnapshot Terms { get; init; }
}
