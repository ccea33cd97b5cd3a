using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Domain;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Surveys;
using Platform.SharedKernel;

namespace Platform.Assurance.Grpc.Surveys;

/// <summary>
/// Which of the promisor's agreements a survey concerns, from this context's copy of the Agreements facts.
/// An agreement counts as in force at an instant when its terms had taken effect and it was active then:
/// active now, or its last lifecycle change (suspension, termination, expiry) came after that instant.
/// </summary>
internal static class SurveyCoverage
{
    /// <summary>The agreements named, each known here as one of <paramref name="promisorId"/>'s (FAILED_PRECONDITION otherwise).</summary>
    public static async Task<List<KnownAgreement>> NamedAsync(AssuranceDbContext db, string promisorId, IReadOnlyList<Guid> agreementIds, CancellationToken ct)
    {
        var known = await db.Set<KnownAgreement>().AsNoTracking().Where(a => agreementIds.Contains(a.AgreementId)).ToListAsync(ct);
        foreach (var id in agreementIds)
        {
            var agreement = known.FirstOrDefault(a => a.AgreementId == id && a.Status != KnownAgreementStatus.Unknown)
                ?? throw RuleViolationException.Precondition(
                    "survey.agreement_unknown", "agreement_ids", $"Agreement {id} is not known here (not signed, or its activation has not arrived yet).");
            if (agreement.PromisorId != promisorId)
            {
                throw RuleViolationException.Precondition(
                    "survey.agreement_of_other_promisor", "agreement_ids", $"Agreement {agreement.Number} is not an agreement of {promisorId}.");
            }
        }

        return known;
    }

    /// <summary>Every agreement of the promisor known here, whatever its status now.</summary>
    public static Task<List<KnownAgreement>> OfPromisorAsync(AssuranceDbContext db, string promisorId, CancellationToken ct) =>
        db.Set<KnownAgreement>().AsNoTracking()
            .Where(a => a.PromisorId == promisorId && a.Status != KnownAgreementStatus.Unknown)
            .ToListAsync(ct);

    /// <summary>The terms of clauses 2.3.3 and 4.2.3 of each agreement in force at <paramref name="at"/>.</summary>
    public static IEnumerable<SatisfactionTerms> InForceAt(IEnumerable<KnownAgreement> agreements, DateTimeOffset at) =>
        from agreement in agreements
        let terms = agreement.TermsAt(at)
        where terms is not null && (agreement.Status == KnownAgreementStatus.Active || agreement.LastChangedAt > at)
        select new SatisfactionTerms(
            agreement.AgreementId,
            terms.Version,
            terms.Terms.SatisfactionFloor,
            terms.Terms.SatisfactionScaleMin,
            terms.Terms.SatisfactionScaleMax,
            terms.Terms.RectificationPeriodMonths);

    /// <summary>When the agreement was in force: from its first terms, until its last change unless active now.</summary>
    public static IEnumerable<AgreementPeriod> Periods(IEnumerable<KnownAgreement> agreements) =>
        from agreement in agreements
        where agreement.TermsVersions.Count > 0
        select new AgreementPeriod(
            agreement.TermsVersions.Min(t => t.EffectiveFrom),
            agreement.Status == KnownAgreementStatus.Active ? null : agreement.LastChangedAt);
}
