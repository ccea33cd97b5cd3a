using Microsoft.EntityFrameworkCore;
using Platform.Assurance.Domain.Funding;

namespace Platform.Assurance.Data.Funding;

/// <summary>Gathers what clause 3.1 is judged on for a promisor and year, and judges it.</summary>
internal static class FundingStatusReader
{
    /// <summary>
    /// The year's revenue, entries and requirement: the highest among the promisor's active agreements by the terms in
    /// force at the year's last instant, or now while the year is not over.
    /// </summary>
    public static async Task<FundingAssessment> AssessAsync(DbContext db, string promisorId, int year, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var revenue = await db.Set<DeclaredRevenue>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.PromisorId == promisorId && r.Year == year, cancellationToken);
        var entries = await db.Set<FundEntry>().AsNoTracking()
            .Where(e => e.PromisorId == promisorId && e.Year == year)
            .ToListAsync(cancellationToken);
        var lastInstant = FundingYear.LastInstantOf(year);
        var judgedAt = now < lastInstant ? now : lastInstant;
        var requirement = FundingRequirement.Highest(await db.FundingTermsOfAsync(promisorId, cancellationToken), judgedAt);
        return FundingAssessment.Of(year, revenue?.Revenue, entries, requirement);
    }
}
