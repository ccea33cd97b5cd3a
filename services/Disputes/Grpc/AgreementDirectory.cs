using Grpc.Core;
using Platform.AgreementReplica.Data;
using Platform.AgreementReplica.Domain;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Events.Agreements;
using Platform.Disputes.Data;
using Platform.SharedKernel;

namespace Platform.Disputes.Grpc;

/// <summary>
/// Finds an agreement a case is opened under: in this context's own copy, or — when its facts have not
/// arrived yet — by asking Agreements over gRPC (through the resilience pipeline: deadline, retries with
/// jitter, circuit breaker). The answer from Agreements is used for this request only; the copy is kept
/// from the Agreements events, as always.
/// </summary>
public sealed class AgreementDirectory(DisputesDbContext db, AgreementsService.AgreementsServiceClient agreements, TimeProvider time)
{
    public async Task<KnownAgreement> FindAsync(Guid agreementId, CancellationToken cancellationToken)
    {
        if (await db.FindKnownAgreementAsync(agreementId, cancellationToken) is { } known)
        {
            return known;
        }

        try
        {
            var agreement = (await agreements.GetAgreementAsync(new GetAgreementRequest { AgreementId = agreementId.ToString() }, cancellationToken: cancellationToken)).Agreement;
            var copy = KnownAgreement.FirstHeardOf(agreementId);
            copy.Record(agreement.Number, StatusOf(agreement.Status), agreement.Version, time.GetUtcNow());
            copy.RecordPromisor(agreement.Promisor.OrganizationId);
            if (agreement.Status is AgreementStatus.Active or AgreementStatus.Suspended)
            {
                var terms = (await agreements.GetTermsAsync(new GetTermsRequest { AgreementId = agreementId.ToString() }, cancellationToken: cancellationToken)).TermsVersion;
                copy.RecordTerms(terms.Number, terms.EffectiveFrom.ToDateTimeOffset(), new AgreementTermsSnapshot
                {
                    Version = terms.Number,
                    NegotiationMaxDays = terms.Terms.NegotiationMaxDays,
                    ArbitrationCommission = terms.Terms.ArbitrationCommission,
                    LitigationVenue = terms.Terms.LitigationVenue,
                });
            }

            return copy;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            throw RuleViolationException.Precondition(
                "dispute.agreement_unknown", "agreement_id", $"Agreement {agreementId} does not exist in Agreements.");
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new RpcException(new Status(
                StatusCode.Unavailable,
                $"Agreement {agreementId} has not reached this service yet and Agreements cannot be reached to look it up; retry later."));
        }
    }

    private static KnownAgreementStatus StatusOf(AgreementStatus status) => status switch
    {
        AgreementStatus.Active => KnownAgreementStatus.Active,
        AgreementStatus.Suspended => KnownAgreementStatus.Suspended,
        AgreementStatus.Terminated => KnownAgreementStatus.Terminated,
        AgreementStatus.Expired => KnownAgreementStatus.Expired,
        _ => KnownAgreementStatus.Unknown,
    };
}
