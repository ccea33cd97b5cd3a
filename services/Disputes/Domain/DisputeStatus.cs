namespace Platform.Disputes.Domain;

/// <summary>Open, or how the case ended (its outcome); every status but Open is final.</summary>
public enum DisputeStatus
{
    Open = 1,
    Settled = 2,
    Awarded = 3,
    Judged = 4,
    Withdrawn = 5,
}
