namespace Platform.Complaints.Domain.Resolution;

/// <summary>
/// Clause 2.3.2 over one measurement period. The denominator is the complaints received in the period and
/// not withdrawn by its end; the numerator those of them standing resolved (or closed) at its end. A
/// complaint resolved by the end and reopened later still counts as resolved for the period, and is
/// reported in <see cref="ResolutionRate.ReopenedAfterPeriod"/>. A scope with fewer complaints than the
/// minimum sample is not judged; neither is a period that has not ended.
/// </summary>
public sealed record ResolutionStats(MeasurementPeriod Period, bool Ended, int TermsVersion, int MinimumSample, ResolutionRate All, ResolutionRate Major)
{
    /// <summary>
    /// The rates of <paramref name="period"/> as of <paramref name="now"/> from the complaints received in it,
    /// against the targets of the terms in force at its end.
    /// </summary>
    public static ResolutionStats Measure(
        MeasurementPeriod period,
        IReadOnlyCollection<ComplaintOutcome> complaints,
        int termsVersion,
        decimal target,
        decimal majorTarget,
        int minimumSample,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(complaints);
        var ended = now >= period.End;
        var asOf = ended ? period.End.AddTicks(-1) : now;
        return new ResolutionStats(
            period,
            ended,
            termsVersion,
            minimumSample,
            Rate(complaints, asOf, now, target, minimumSample, ended),
            Rate([.. complaints.Where(c => c.Severity == ComplaintSeverity.Major)], asOf, now, majorTarget, minimumSample, ended));
    }

    private static ResolutionRate Rate(IReadOnlyCollection<ComplaintOutcome> complaints, DateTimeOffset asOf, DateTimeOffset now, decimal target, int minimumSample, bool ended)
    {
        var withdrawn = complaints.Count(c => c.WithdrawnAt <= asOf);
        var counted = complaints.Where(c => c.WithdrawnAt is null || c.WithdrawnAt > asOf).ToList();
        var resolved = counted.Where(c => c.Resolutions.Any(r => r.Covers(asOf))).ToList();
        var reopened = resolved.Count(c => c.Resolutions.Any(r => r.Covers(asOf) && r.ReopenedAt <= now));
        var status = counted.Count < Math.Max(minimumSample, 1)
            ? ResolutionRateStatus.InsufficientSample
            : !ended
                ? ResolutionRateStatus.InProgress
                // Compared without dividing, so no rounding can move a rate across its target.
                : resolved.Count * 100m >= target * counted.Count ? ResolutionRateStatus.Met : ResolutionRateStatus.BelowTarget;
        return new ResolutionRate(counted.Count, resolved.Count, withdrawn, reopened, target, status);
    }
}
