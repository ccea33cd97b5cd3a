namespace Platform.Disputes.Domain;

/// <summary>The written submissions that count in negotiation (clause 5.1); oral ones do not exist here.</summary>
public enum SubmissionKind
{
    Letter = 1,
    Email = 2,
    Minutes = 3,
    SettlementProposal = 4,
}
