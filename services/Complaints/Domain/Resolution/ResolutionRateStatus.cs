namespace Platform.Complaints.Domain.Resolution;

/// <summary>How a resolution rate fares against its target.</summary>
public enum ResolutionRateStatus
{
    Met = 1,
    BelowTarget = 2,
    InsufficientSample = 3,

    /// <summary>The period has not ended: the rate so far, not judged.</summary>
    InProgress = 4,
}
