using Grpc.Core;
using Platform.Assurance.Messaging.Inspections;
using Platform.Contracts.Assurance.V1;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using CorrectiveAction = Platform.Assurance.Domain.Inspections.CorrectiveAction;
using Finding = Platform.Assurance.Domain.Inspections.Finding;

namespace Platform.Assurance.Grpc.Inspections;

public sealed partial class InspectionsGrpcService
{
    public override async Task<AddCorrectiveActionResponse> AddCorrectiveAction(AddCorrectiveActionRequest request, ServerCallContext context)
    {
        var clientRequest = new ClientRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), RequestFingerprint.Of(request));
        CorrectiveAction? added = null;
        var finding = await ChangeAsync(
            request.FindingId,
            (f, now) =>
            {
                // A retry of an add that went through returns the finding as it is.
                added = f.ActionAddedBy(clientRequest);
                if (added is null)
                {
                    added = f.AddAction(
                        Guid.CreateVersion7(), clientRequest, request.Description, request.Owner, RequestFields.OptionalTime(request.DueAt, "due_at"), request.Actor, request.Version, now);
                }
            },
            context);
        return new AddCorrectiveActionResponse { Finding = finding, ActionId = added!.Id.ToString() };
    }

    public override async Task<CloseCorrectiveActionResponse> CloseCorrectiveAction(CloseCorrectiveActionRequest request, ServerCallContext context)
    {
        var actionId = RequestFields.RequiredGuid(request.ActionId, "action_id");
        return new() { Finding = await ChangeAsync(request.FindingId, (f, now) => f.CloseAction(actionId, request.Actor, request.Evidence, request.Version, now), context) };
    }

    public override async Task<CloseFindingResponse> CloseFinding(CloseFindingRequest request, ServerCallContext context) =>
        new() { Finding = await ChangeAsync(request.FindingId, (f, now) => f.Close(request.Actor, request.Note, request.Version, now), context) };

    /// <summary>Loads, applies one domain change, records its events and deadlines and saves it all in one transaction.</summary>
    private async Task<Platform.Contracts.Assurance.V1.Finding> ChangeAsync(string findingId, Action<Finding, DateTimeOffset> change, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var finding = await LoadFindingAsync(findingId, tracking: true, ct);
        var now = time.GetUtcNow();
        change(finding, now);
        InspectionIntegrationEvents.Enqueue(finding, outbox);
        await deadlines.SyncAsync(finding, ct);
        await db.SaveChangesAsync(ct);
        return finding.ToProto(now);
    }
}
