namespace Platform.Disputes.Domain;

/// <summary>The stage of clause 5 the case is in.</summary>
public enum DisputeStage
{
    Negotiation = 1,
    Arbitration = 2,
    Litigation = 3,
}
