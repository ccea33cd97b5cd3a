using Platform.Contracts.Agreements.V1;
using Platform.ServiceDefaults.Security;
using static Platform.Contracts.Security.PlatformRoles;
using Rpc = Platform.Contracts.Agreements.V1.AgreementsService.AgreementsServiceBase;

namespace Platform.Agreements.Grpc;

/// <summary>Who may call each RPC of the Agreements service: the one place that says so.</summary>
internal static class AgreementsAccess
{
    private static readonly string[] s_managers = [AgreementManager];
    private static readonly string[] s_readers = [InternalApp, ComplaintHandler, DisputeOfficer, AssuranceManager, AgreementManager, Auditor];

    public static RpcPolicy Policy { get; } = RpcPolicy.For(AgreementsService.Descriptor)
        .Changes(s_managers,
            nameof(Rpc.CreateAgreement),
            nameof(Rpc.UpdateDraft),
            nameof(Rpc.SignAgreement),
            nameof(Rpc.SuspendAgreement),
            nameof(Rpc.ResumeAgreement),
            nameof(Rpc.TerminateAgreement),
            nameof(Rpc.AmendTerms),
            nameof(Rpc.AcknowledgeBreach),
            nameof(Rpc.ReclassifyBreach),
            nameof(Rpc.MarkBreachRemedied))
        .Reads(s_readers,
            nameof(Rpc.GetAgreement),
            nameof(Rpc.ListAgreements),
            nameof(Rpc.GetTerms),
            nameof(Rpc.ListBreaches),
            nameof(Rpc.GetBreach),
            nameof(Rpc.GetComplianceReport))
        .Build();
}
