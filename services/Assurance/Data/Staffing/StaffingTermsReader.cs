using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Data;
using Platform.Assurance.Domain.Staffing;

namespace Platform.Assurance.Data.Staffing;

/// <summary>The clause 3.2 terms of a promisor's active agreements, every version received, from the agreements Assurance knows.</summary>
internal static class StaffingTermsReader
{
    public static async Task<IReadOnlyList<StaffingTerms>> StaffingTermsOfAsync(this DbContext db, string promisorId, CancellationToken cancellationToken) =>
        [.. (await db.ActiveAgreementsOfPromisorAsync(promisorId, cancellationToken))
            .SelectMany(a => a.TermsVersions.Select(t => new StaffingTerms(
                a.AgreementId, a.Number, t.Version, t.EffectiveFrom, t.Terms.TeamMinHeadcount, t.Terms.CoreMemberMinExperienceYears)))];
}
