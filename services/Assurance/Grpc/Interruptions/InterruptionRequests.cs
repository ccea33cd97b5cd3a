using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Domain;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Interruptions;
using Platform.ServiceDefaults.Requests;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Interruptions;

/// <summary>Reads the parts of interruption requests that need parsing or the agreements known here.</summary>
internal static class InterruptionRequests
{
    /// <summary>A scope from the wire, its fields named under <paramref name="field"/>.</summary>
    public static InterruptionScope Scope(Proto.InterruptionScope scope, string field)
    {
        var agreementIds = scope.AffectedAgreementIds.Select(id => RequestFields.RequiredGuid(id, $"{field}.affected_agreement_ids")).ToList();
        return InterruptionScope.Of(scope.AffectedServices, agreementIds, scope.AllActiveAgreementsOfPromisor, field);
    }

    /// <summary>Checks, against the agreements known here, that <paramref name="scope"/> names only agreements of <paramref name="promisorId"/>.</summary>
    public static async Task CheckAgreementsAsync(AssuranceDbContext db, InterruptionScope scope, string promisorId, CancellationToken ct)
    {
        var ids = scope.AffectedAgreementIds;
        var promisorOf = ids.Count == 0
            ? new Dictionary<Guid, string?>()
            : await db.Set<KnownAgreement>().AsNoTracking()
                .Where(a => ids.Contains(a.AgreementId))
                .ToDictionaryAsync(a => a.AgreementId, a => a.PromisorId, ct);
        var promisorHasAgreements = scope.AllActiveAgreementsOfPromisor
            && await db.Set<KnownAgreement>().AnyAsync(a => a.PromisorId == promisorId, ct);
        AffectedAgreements.Check(scope, promisorId, promisorOf, promisorHasAgreements, "scope");
    }
}
