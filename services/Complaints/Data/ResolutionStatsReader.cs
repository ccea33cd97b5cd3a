using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.AgreementReplica.Data;
using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Resolution;
using Platform.SharedKernel;

namespace Platform.Complaints.Data;

/// <summary>Measures clause 2.3.2 for an agreement's period from this service's own complaints and copy of the terms.</summary>
public sealed class ResolutionStatsReader(ComplaintsDbContext db, IOptions<ComplaintsOptions> options)
{
    /// <summary>A jsonpath matching a resolution time written at an offset other than UTC.</summary>
    private const string OtherOffset = "$[*].* ? (@.type() == \"string\" && !(@ like_regex \"[+]00:00$\"))";

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
        var asOf = AsOf(period, now);
        var counts = await CountAsync(agreementId, period, asOf, now, cancellationToken);
        var outcomes = counts.Where(c => c.Utc).SelectMany(c => Alike(c, asOf, now)).ToList();
        if (counts.Any(c => !c.Utc))
        {
            outcomes.AddRange(await OutcomesOfOtherOffsetsAsync(agreementId, period, cancellationToken));
        }

        return ResolutionStats.Measure(
            period,
            outcomes,
            judging.Version,
            judging.Terms.ResolutionRateTarget,
            judging.Terms.MajorResolutionRateTarget,
            options.Value.MinimumSample,
            now);
    }

    /// <summary>
    /// The domain measures outcomes; complaints that stand alike as of the period's end are one outcome repeated, so
    /// the rules of <see cref="ResolutionStats"/> (what counts, what is resolved, the status) stay the only ones.
    /// </summary>
    private static IEnumerable<ComplaintOutcome> Alike(OutcomeCounts count, DateTimeOffset asOf, DateTimeOffset now)
    {
        var severity = Enum.Parse<ComplaintSeverity>(count.Severity);
        return Enumerable.Repeat(new ComplaintOutcome(severity, asOf, []), count.Withdrawn)
            .Concat(Enumerable.Repeat(new ComplaintOutcome(severity, null, []), count.Counted - count.Resolved))
            .Concat(Enumerable.Repeat(new ComplaintOutcome(severity, null, [new ResolutionSpan(asOf, null)]), count.Resolved - count.Reopened))
            // Only an ended period has complaints reopened after it, so now > asOf here.
            .Concat(Enumerable.Repeat(new ComplaintOutcome(severity, null, [new ResolutionSpan(asOf, now)]), count.Reopened));
    }

    /// <summary>
    /// Counts, per severity, the period's complaints as <see cref="ResolutionStats"/> sorts them as of the period's
    /// end (or now, before it ends): withdrawn by then; counted; of those, standing resolved then; and of those,
    /// reopened by now. Counted in the database from ix_complaints_agreement_id_received_at alone (it includes the
    /// columns read), so a large period costs one index range, not the transfer of its rows.
    /// </summary>
    private async Task<List<OutcomeCounts>> CountAsync(Guid agreementId, MeasurementPeriod period, DateTimeOffset asOf, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Resolution times are in the resolutions JSON with .NET's 100 ns precision, which timestamptz (1 µs) would
        // round. The domain writes them in UTC as "yyyy-MM-ddTHH:mm:ss[.fffffff]+00:00", trailing zeros trimmed,
        // which orders as text exactly as the times do, and jsonpath compares strings by code point. Complaints with
        // a time at another offset are counted apart (Utc = false) and measured from their rows.
        // withdrawn_at is a timestamptz column: Npgsql truncates the parameter to whole microseconds, which for
        // whole-microsecond values decides <= and > exactly as the full value would.
        var asOfText = JsonText(asOf);
        var nowText = JsonText(now);
        return await db.Database.SqlQuery<OutcomeCounts>($"""
            SELECT c.severity AS "Severity", u.utc AS "Utc",
                   count(*) FILTER (WHERE c.withdrawn_at <= {asOf})::int AS "Withdrawn",
                   count(*) FILTER (WHERE c.withdrawn_at IS NULL OR c.withdrawn_at > {asOf})::int AS "Counted",
                   count(*) FILTER (WHERE (c.withdrawn_at IS NULL OR c.withdrawn_at > {asOf})
                       AND jsonb_path_exists(c.resolutions, '$[*] ? (@.resolvedAt <= $asOf && (@.reopenedAt == null || @.reopenedAt > $asOf))', v.vars))::int AS "Resolved",
                   count(*) FILTER (WHERE (c.withdrawn_at IS NULL OR c.withdrawn_at > {asOf})
                       AND jsonb_path_exists(c.resolutions, '$[*] ? (@.resolvedAt <= $asOf && @.reopenedAt > $asOf && @.reopenedAt <= $now)', v.vars))::int AS "Reopened"
            FROM complaints AS c
            CROSS JOIN (SELECT jsonb_build_object('asOf', {asOfText}::text, 'now', {nowText}::text) AS vars) AS v
            CROSS JOIN LATERAL (SELECT NOT jsonb_path_exists(c.resolutions, {OtherOffset}::jsonpath) AS utc) AS u
            WHERE c.agreement_id = {agreementId} AND c.received_at >= {period.Start} AND c.received_at < {period.End}
            GROUP BY c.severity, u.utc
            """).ToListAsync(cancellationToken);
    }

    /// <summary>The outcomes of the period's complaints with a resolution time not written in UTC (none that this service wrote).</summary>
    private async Task<List<ComplaintOutcome>> OutcomesOfOtherOffsetsAsync(Guid agreementId, MeasurementPeriod period, CancellationToken cancellationToken)
    {
        var ids = await db.Database.SqlQuery<Guid>($"""
            SELECT c.id AS "Value" FROM complaints AS c
            WHERE c.agreement_id = {agreementId} AND c.received_at >= {period.Start} AND c.received_at < {period.End}
              AND jsonb_path_exists(c.resolutions, {OtherOffset}::jsonpath)
            """).ToListAsync(cancellationToken);
        return await db.Complaints
            .AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new ComplaintOutcome(c.Severity, c.WithdrawnAt, c.Resolutions))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The instant <see cref="ResolutionStats"/> measures at: the period's last tick once it has ended, else now.</summary>
    private static DateTimeOffset AsOf(MeasurementPeriod period, DateTimeOffset now) => now >= period.End ? period.End.AddTicks(-1) : now;

    /// <summary>A time as the domain's JSON columns hold it when written in UTC.</summary>
    private static string JsonText(DateTimeOffset at) => JsonSerializer.Serialize(at.ToUniversalTime()).Trim('"');

    /// <summary>One severity's complaints of the period (those with UTC times, or the others), sorted as of its end.</summary>
    private sealed record OutcomeCounts(string Severity, bool Utc, int Withdrawn, int Counted, int Resolved, int Reopened);
}
