using Grpc.Core;
using Platform.AgreementReplica.Grpc;
using Platform.Contracts.Disputes.V1;
using Platform.Disputes.Data;

namespace Platform.Disputes.Grpc;

/// <summary>gRPC adapter of the Disputes context.</summary>
public sealed class DisputesGrpcService(DisputesDbContext db, TimeProvider time) : DisputesService.DisputesServiceBase
{
    public override async Task<GetAgreementEligibilityResponse> GetAgreementEligibility(GetAgreementEligibilityRequest request, ServerCallContext context) =>
        new() { Eligibility = await db.GetAgreementEligibilityAsync(request.AgreementId, time.GetUtcNow(), context.CancellationToken) };
}
