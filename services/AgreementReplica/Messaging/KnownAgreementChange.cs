namespace Platform.AgreementReplica.Messaging;

/// <summary>
/// A change applied to a known agreement of <paramref name="PromisorId"/>: it was activated, suspended, resumed,
/// terminated or expired, or a terms version arrived, with effect from <paramref name="EffectiveAt"/> (the
/// terms' effective time for an activation or an amendment, else when the fact occurred).
/// </summary>
public sealed record KnownAgreementChange(Guid AgreementId, string PromisorId, DateTimeOffset EffectiveAt);
