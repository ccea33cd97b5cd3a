using Platform.Assurance.Data;
using Platform.Assurance.Data.Funding;
using Platform.Assurance.Domain.Funding;
using Platform.Contracts.Events.Assurance;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;

namespace Platform.Assurance.Messaging.Funding;

/// <summary>
/// A promisor's fund year is over (or something of a past year was recorded): the year is assessed against the
/// highest requirement in force at its last instant, and a shortfall publishes FundingShortfallFound once.
/// </summary>
internal sealed class FundingYearAssessor(AssuranceDbContext db, IOutbox outbox, TimeProvider time)
{
    public async Task AssessAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var (promisorId, year) = FundingDeadlines.ParseKey(deadline.Kind, deadline.Key);
        var now = time.GetUtcNow();
        var assessment = await FundingStatusReader.AssessAsync(db, promisorId, year, now, cancellationToken);
        var yearEnd = await db.Set<FundingYearEnd>().FindAsync([promisorId, year], cancellationToken);
        if (yearEnd is null)
        {
            yearEnd = FundingYearEnd.Of(promisorId, year);
            db.Set<FundingYearEnd>().Add(yearEnd);
        }

        if (yearEnd.Record(assessment, now))
        {
            outbox.Enqueue(
                new FundingShortfallFound
                {
                    PromisorId = promisorId,
                    Year = year,
                    PercentOfRevenue = assessment.PercentOfRevenue!.Value,
                    RequiredPercent = assessment.Requirement!.MinPercentOfRevenue,
                    OccurredAt = now,
                },
                $"funding/{promisorId}");
        }
    }
}
