using Grpc.Core;
using Platform.Contracts.Complaints.V1;
using Platform.Complaints.Messaging;
using Complaint = Platform.Complaints.Domain.Complaint;
using ComplaintSeverity = Platform.Complaints.Domain.ComplaintSeverity;

namespace Platform.Complaints.Grpc;

public sealed partial class ComplaintsGrpcService
{
    public override async Task<AcknowledgeComplaintResponse> AcknowledgeComplaint(AcknowledgeComplaintRequest request, ServerCallContext context) =>
        new() { Complaint = await ChangeAsync(request.ComplaintId, (c, now) => c.Acknowledge(request.Actor, request.Message, request.Version, now), context) };

    public override async Task<PostProgressUpdateResponse> PostProgressUpdate(PostProgressUpdateRequest request, ServerCallContext context) =>
        new() { Complaint = await ChangeAsync(request.ComplaintId, (c, now) => c.PostProgressUpdate(request.Actor, request.Text, request.Version, now), context) };

    public override async Task<AwaitCustomerResponse> AwaitCustomer(AwaitCustomerRequest request, ServerCallContext context) =>
        new() { Complaint = await ChangeAsync(request.ComplaintId, (c, now) => c.AwaitCustomer(request.Actor, request.CitedMessage, request.Version, now), context) };

    public override async Task<CustomerRepliedResponse> CustomerReplied(CustomerRepliedRequest request, ServerCallContext context) =>
        new() { Complaint = await ChangeAsync(request.ComplaintId, (c, now) => c.CustomerReplied(request.Actor, request.Note, request.Version, now), context) };

    public override async Task<ChangeSeverityResponse> ChangeSeverity(ChangeSeverityRequest request, ServerCallContext context) =>
        new() { Complaint = await ChangeAsync(request.ComplaintId, (c, now) => c.ChangeSeverity(request.Actor, (ComplaintSeverity)(int)request.Severity, request.Reason, request.Version, now), context) };

    public override async Task<ResolveComplaintResponse> ResolveComplaint(ResolveComplaintRequest request, ServerCallContext context) =>
        new() { Complaint = await ChangeAsync(request.ComplaintId, (c, now) => c.Resolve(request.Actor, request.Solution, request.BelowIndustryStandard, request.Version, now), context) };

    public override async Task<CloseComplaintResponse> CloseComplaint(CloseComplaintRequest request, ServerCallContext context) =>
        new() { Complaint = await ChangeAsync(request.ComplaintId, (c, now) => c.Close(request.Actor, request.Confirmation, request.Version, now), context) };

    public override async Task<ReopenComplaintResponse> ReopenComplaint(ReopenComplaintRequest request, ServerCallContext context) =>
        new() { Complaint = await ChangeAsync(request.ComplaintId, (c, now) => c.Reopen(request.Actor, request.Reason, request.Version, now), context) };

    public override async Task<WithdrawComplaintResponse> WithdrawComplaint(WithdrawComplaintRequest request, ServerCallContext context) =>
        new() { Complaint = await ChangeAsync(request.ComplaintId, (c, now) => c.Withdraw(request.Actor, request.Reason, request.Version, now), context) };

    /// <summary>Loads, applies one domain change, records its events and deadlines and saves it all in one transaction.</summary>
    private async Task<Platform.Contracts.Complaints.V1.Complaint> ChangeAsync(string complaintId, Action<Complaint, DateTimeOffset> change, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var complaint = await LoadAsync(complaintId, tracking: true, ct);
        var now = time.GetUtcNow();
        change(complaint, now);
        ComplaintIntegrationEvents.Enqueue(complaint, outbox);
        await deadlines.SyncAsync(complaint, ct);
        await db.SaveChangesAsync(ct);
        return Show(complaint, now, reveal: false);
    }
}
