using Grpc.Core;
using Platform.AgreementReplica.Grpc;
using Platform.Contracts.Assurance.V1;
using Platform.Assurance.Data;

namespace Platform.Assurance.Grpc;

/// <summary>gRPC adapter of the Assurance context.</summary>
public sealed class AssuranceGrpcService(AssuranceDbContext db, TimeProvider time) : AssuranceService.AssuranceServiceBase
{
    public override async Task<GetAgreementEligibilityResponse> GetAgreementEligibility(GetAgreementEligibilityRequest request, ServerCallContext context) =>
        new() { Eligibility = await db.GetAgreementEligibilityAsync(request.AgreementId, time.GetUtcNow(), context.CancellationToken) };
}
