using Platform.Contracts.Disputes.V1;

namespace Platform.OfficerConsole.Cases;

/// <summary>The wire enums as people read them: "negotiation", "awarded".</summary>
internal static class Words
{
    public static string Of(DisputeStage stage) => stage switch
    {
        DisputeStage.Negotiation => "negotiation",
        DisputeStage.Arbitration => "arbitration",
        DisputeStage.Litigation => "litigation",
        _ => "an unknown stage",
    };

    public static string Of(DisputeStatus status) => status switch
    {
        DisputeStatus.Open => "open",
        DisputeStatus.Settled => "settled",
        DisputeStatus.Awarded => "awarded",
        DisputeStatus.Judged => "judged",
        DisputeStatus.Withdrawn => "withdrawn",
        _ => "unknown",
    };

    public static string Of(NegotiationState state) => state switch
    {
        NegotiationState.Open => "open",
        NegotiationState.Failed => "failed",
        NegotiationState.Expired => "expired",
        NegotiationState.Settled => "settled",
        _ => "unknown",
    };
}
