using Platform.Contracts.Disputes.V1;
using Platform.ServiceDefaults.Security;
using static Platform.Contracts.Security.PlatformRoles;
using Rpc = Platform.Contracts.Disputes.V1.DisputesService.DisputesServiceBase;

namespace Platform.Disputes.Grpc;

/// <summary>Who may call each RPC of the Disputes service: the one place that says so.</summary>
internal static class DisputesAccess
{
    private static readonly string[] s_openers = [InternalApp, DisputeOfficer];
    private static readonly string[] s_officers = [DisputeOfficer];
    private static readonly string[] s_readers = [InternalApp, DisputeOfficer, Auditor];

    public static RpcPolicy Policy { get; } = RpcPolicy.For(DisputesService.Descriptor)
        .Changes(s_openers, nameof(Rpc.OpenDispute))
        .Changes(s_officers,
            nameof(Rpc.AssignOfficer),
            nameof(Rpc.AddSubmission),
            nameof(Rpc.DeclareNegotiationFailed),
            nameof(Rpc.RecordSettlement),
            nameof(Rpc.AdvanceToArbitration),
            nameof(Rpc.RecordArbitrationHearing),
            nameof(Rpc.RecordAward),
            nameof(Rpc.RecordCaseNumber),
            nameof(Rpc.AdvanceToLitigation),
            nameof(Rpc.RecordCourtHearing),
            nameof(Rpc.RecordJudgment),
            nameof(Rpc.WithdrawDispute))
        .Reads(s_readers,
            nameof(Rpc.GetAgreementEligibility),
            nameof(Rpc.GetDispute),
            nameof(Rpc.ListDisputes),
            nameof(Rpc.GetTimeline),
            nameof(Rpc.GetDocument))
        .Build();
}
