namespace Platform.Disputes.Domain;

/// <summary>Where the negotiation of clause 5.1 stands.</summary>
public enum NegotiationState
{
    Open = 1,
    Failed = 2,
    Expired = 3,
    Settled = 4,
}
