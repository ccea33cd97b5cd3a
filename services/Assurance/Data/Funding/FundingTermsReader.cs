using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Data;
using Platform.Assurance.Domain.Funding;

namespace Platform.Assurance.Data.Funding;

/// <summary>The clause 3.1 terms of a promisor's active agreements, every version received, from the agreements Assurance knows.</summary>
internal static class FundingTermsReader
{
    public static async Task<IReadOnlyList<FundingTerms>> FundingTermsOfAsync(this DbContext db, string promisorId, CancellationToken cancellationToken) =>
        [.. (await db.ActiveAgreementsOfPromisorAsync(promisorId, cancellationToken))
            .SelectMany(a => a.TermsVersions.Select(t => new FundingTerms(a.AgreementId, a.Number, t.Version, t.EffectiveFrom, t.Terms.FundingMinPercentOfRevenue)))];
}
