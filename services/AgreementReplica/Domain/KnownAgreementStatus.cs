namespace Platform.AgreementReplica.Domain;

/// <summary>What this context knows of an agreement's lifecycle, from the Agreements events.</summary>
public enum KnownAgreementStatus
{
    /// <summary>Created for a fact that has not been applied yet.</summary>
    Unknown,
    Active,
    Suspended,
    Terminated,
    Expired,
}
