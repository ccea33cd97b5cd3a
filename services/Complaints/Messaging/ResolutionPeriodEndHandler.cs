using Platform.Complaints.Data;
using Platform.Contracts.Events.Complaints;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;

namespace Platform.Complaints.Messaging;

/// <summary>
/// A measurement period of an agreement ended: its resolution rates are measured once and published as
/// ResolutionRateMeasured for Agreements to judge (clause 2.3.2).
/// </summary>
internal sealed class ResolutionPeriodEndHandler(ResolutionStatsReader reader, IOutbox outbox, TimeProvider time) : IDeadlineHandler
{
    public string Kind => ComplaintDeadlines.PeriodEnd;

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var (agreementId, _) = ComplaintDeadlines.ParsePeriodKey(deadline.Key);
        var now = time.GetUtcNow();
        // Measured at the period's last instant (the deadline is due at its end), not at its start: an agreement
        // that took effect during the period had no terms in force at its start.
        var stats = await reader.MeasureAsync(agreementId, deadline.DueAt.AddTicks(-1), now, cancellationToken);
        outbox.Enqueue(
            new ResolutionRateMeasured
            {
                AgreementId = agreementId,
                PeriodStart = stats.Period.Start,
                PeriodEnd = stats.Period.End,
                TermsVersion = stats.TermsVersion,
                MinimumSample = stats.MinimumSample,
                All = Figures(stats.All),
                Major = Figures(stats.Major),
                OccurredAt = now,
            },
            agreementId.ToString());
    }

    private static ResolutionRateFigures Figures(Domain.Resolution.ResolutionRate rate) => new()
    {
        Received = rate.Received,
        Resolved = rate.Resolved,
        TargetPercent = rate.Target,
        SufficientSample = rate.Status != Domain.Resolution.ResolutionRateStatus.InsufficientSample,
    };
}
