using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.AgreementReplica.Data;
using Platform.Complaints.Domain.Resolution;
using Platform.SharedKernel;

namespace Platform.Complaints.Data;

/// <summary>Measures clause 2.3.2 for an agreement's period from this service's own complaints and copy of the terms.</summary>
public sealed class ResolutionStatsReader(ComplaintsDbContext db, IOptions<ComplaintsOptions> options)
{
    /// <summary>
    /// The rates of the measurement period containing <paramref name="at"/> (by the terms in force then), as
    /// of <paramref name="now"/>, against the targets in force at the period's end.
    /// </summary>
    public async Task<ResolutionStats> MeasureAsync(Guid agreementId, DateTimeOffset at, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var known = await db.FindKnownAgreementAsync(agreementId, cancellationToken)
            ?? throw RuleViolationException.NotFound("agreement", agreementId.ToString());
        var termsThen = known.TermsAt(at)
            ?? throw RuleViolationException.Precondition(
                "complaint.no_terms_in_force", "at", $"Agreement {known.Number} had no terms in force at {at:O} as far as this service knows.");
        var period = MeasurementPeriod.Containing(at, termsThen.Terms.MeasurementPeriod, termsThen.Terms.ServiceCalendar.ToCalendar(), options.Value.MeasurementPeriodLength);
        var judging = known.TermsAt(period.End.AddTicks(-1)) ?? termsThen;
        var outcomes = await db.Complaints
            .AsNoTracking()
            .Where(c => c.AgreementId == agreementId && c.ReceivedAt >= period.Start && c.ReceivedAt < period.End)
            .Select(c => new ComplaintOutcome(c.Severity, c.WithdrawnAt, c.Resolutions))
            .ToListAsync(cancellationToken);
        return ResolutionStats.Measure(
            period,
            outcomes,
            judging.Version,
            judging.Terms.ResolutionRateTarget,
            judging.Terms.MajorResolutionRateTarget,
            options.Value.MinimumSample,
            now);
    }
}
