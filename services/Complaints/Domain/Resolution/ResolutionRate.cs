namespace Platform.Complaints.Domain.Resolution;

/// <summary>The resolution rate of one scope (all complaints, or major ones) over a period.</summary>
public sealed record ResolutionRate(int Received, int Resolved, int Withdrawn, int ReopenedAfterPeriod, decimal Target, ResolutionRateStatus Status)
{
    /// <summary>Resolved / received × 100, rounded to two decimals; null when nothing was received.</summary>
    public decimal? Percent => Received == 0 ? null : Math.Round(Resolved * 100m / Received, 2);
}
