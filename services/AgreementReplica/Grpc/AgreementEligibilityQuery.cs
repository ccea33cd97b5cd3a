using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Platform.AgreementReplica.Data;
using Platform.Contracts.Common.V1;
using Platform.ServiceDefaults.Requests;

namespace Platform.AgreementReplica.Grpc;

public static class AgreementEligibilityQuery
{
    /// <summary>
    /// Answers GetAgreementEligibility from the context's own copy: an agreement no fact has reached yet is
    /// "not known" rather than NOT_FOUND, because facts arrive asynchronously.
    /// </summary>
    public static async Task<AgreementEligibility> GetAgreementEligibilityAsync(this DbContext db, string agreementId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = RequestFields.RequiredGuid(agreementId, "agreement_id");
        var known = await db.FindKnownAgreementAsync(id, cancellationToken);
        var eligibility = new AgreementEligibility { AgreementId = id.ToString(), Known = known is not null };
        if (known is not null)
        {
            eligibility.Eligible = known.AcceptsWork;
            eligibility.AgreementNumber = known.Number;
            eligibility.LastChangedAt = Timestamp.FromDateTimeOffset(known.LastChangedAt);
            eligibility.TermsVersion = known.TermsAt(now)?.Version ?? 0;
        }

        return eligibility;
    }
}
