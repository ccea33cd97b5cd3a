using Platform.Contracts.Complaints.V1;
using Platform.ServiceDefaults.Security;
using static Platform.Contracts.Security.PlatformRoles;
using Rpc = Platform.Contracts.Complaints.V1.ComplaintsService.ComplaintsServiceBase;

namespace Platform.Complaints.Grpc;

/// <summary>
/// Who may call each RPC of the Complaints service: the one place that says so. Reading contact details
/// unmasked needs the <see cref="PiiRead"/> permission on top (checked where the contact is shown).
/// </summary>
internal static class ComplaintsAccess
{
    private static readonly string[] s_intake = [InternalApp, ComplaintHandler];
    private static readonly string[] s_handlers = [ComplaintHandler];
    private static readonly string[] s_readers = [InternalApp, ComplaintHandler, DisputeOfficer, Auditor];

    public static RpcPolicy Policy { get; } = RpcPolicy.For(ComplaintsService.Descriptor)
        .Changes(s_intake, nameof(Rpc.FileComplaint))
        .Changes(s_handlers,
            nameof(Rpc.AcknowledgeComplaint),
            nameof(Rpc.PostProgressUpdate),
            nameof(Rpc.AwaitCustomer),
            nameof(Rpc.CustomerReplied),
            nameof(Rpc.ChangeSeverity),
            nameof(Rpc.ResolveComplaint),
            nameof(Rpc.CloseComplaint),
            nameof(Rpc.ReopenComplaint),
            nameof(Rpc.WithdrawComplaint))
        .Reads(s_readers,
            nameof(Rpc.GetAgreementEligibility),
            nameof(Rpc.GetComplaint),
            nameof(Rpc.ListComplaints),
            nameof(Rpc.GetComplaintHistory),
            nameof(Rpc.GetResolutionStats))
        .Build();
}
