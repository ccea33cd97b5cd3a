using Grpc.Core;
using Platform.AgreementReplica.Grpc;
using Platform.Contracts.Complaints.V1;
using Platform.Complaints.Data;

namespace Platform.Complaints.Grpc;

/// <summary>gRPC adapter of the Complaints context.</summary>
public sealed class ComplaintsGrpcService(ComplaintsDbContext db, TimeProvider time) : ComplaintsService.ComplaintsServiceBase
{
    public override async Task<GetAgreementEligibilityResponse> GetAgreementEligibility(GetAgreementEligibilityRequest request, ServerCallContext context) =>
        new() { Eligibility = await db.GetAgreementEligibilityAsync(request.AgreementId, time.GetUtcNow(), context.CancellationToken) };
}
