using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Disputes.V1;
using Platform.Disputes.Data;
using Platform.Disputes.Messaging;
using Dispute = Platform.Disputes.Domain.Dispute;
using LitigationGround = Platform.Disputes.Domain.LitigationGround;
using SubmissionKind = Platform.Disputes.Domain.SubmissionKind;

namespace Platform.Disputes.Grpc;

public sealed partial class DisputesGrpcService
{
    public override async Task<AssignOfficerResponse> AssignOfficer(AssignOfficerRequest request, ServerCallContext context) =>
        new() { Dispute = await ChangeAsync(request.DisputeId, (d, now) => d.AssignOfficer(request.Actor, request.Officer, request.Version, now), context) };

    /// <summary>A submission; its document's bytes are written in the same transaction as the case, so neither exists without the other.</summary>
    public override async Task<AddSubmissionResponse> AddSubmission(AddSubmissionRequest request, ServerCallContext context)
    {
        var upload = request.Document;
        var document = upload is null ? null : Domain.SubmittedDocument.Of(Guid.CreateVersion7(), upload.FileName, upload.ContentType, upload.Content.Span);
        return new()
        {
            Dispute = await ChangeAsync(
                request.DisputeId,
                (d, now) => d.AddSubmission(request.Actor, (SubmissionKind)(int)request.Kind, request.Author, request.DocumentReference, request.Text, request.Version, now, document),
                context,
                (d, _) =>
                {
                    if (document is not null)
                    {
                        db.Add(new DocumentContent(document.Id, d.Id, upload!.Content.ToByteArray(), time.GetUtcNow()));
                    }

                    return Task.CompletedTask;
                }),
        };
    }

    public override async Task<DeclareNegotiationFailedResponse> DeclareNegotiationFailed(DeclareNegotiationFailedRequest request, ServerCallContext context) =>
        new() { Dispute = await ChangeAsync(request.DisputeId, (d, now) => d.DeclareNegotiationFailed(request.Actor, request.Reason, request.Version, now), context) };

    public override async Task<RecordSettlementResponse> RecordSettlement(RecordSettlementRequest request, ServerCallContext context) =>
        new() { Dispute = await ChangeAsync(request.DisputeId, (d, now) => d.RecordSettlement(request.Actor, request.SettlementTerms, request.Version, now), context) };

    public override async Task<AdvanceToArbitrationResponse> AdvanceToArbitration(AdvanceToArbitrationRequest request, ServerCallContext context) =>
        new()
        {
            Dispute = await ChangeAsync(
                request.DisputeId,
                (d, now) => d.AdvanceToArbitration(request.Actor, Empty(request.Commission), Empty(request.OverrideReason), Empty(request.CaseNumber), request.Version, now),
                context),
        };

    public override async Task<RecordArbitrationHearingResponse> RecordArbitrationHearing(RecordArbitrationHearingRequest request, ServerCallContext context) =>
        new()
        {
            Dispute = await ChangeAsync(
                request.DisputeId,
                (d, now) => d.RecordArbitrationHearing(request.Actor, DisputeMapping.Date(request.HearingDate, "hearing_date"), request.Note, request.Version, now),
                context),
        };

    public override async Task<RecordAwardResponse> RecordAward(RecordAwardRequest request, ServerCallContext context) =>
        new()
        {
            Dispute = await ChangeAsync(
                request.DisputeId,
                (d, now) => d.RecordAward(request.Actor, DisputeMapping.Date(request.AwardDate, "award_date"), request.Summary, request.Version, now),
                context),
        };

    public override async Task<RecordCaseNumberResponse> RecordCaseNumber(RecordCaseNumberRequest request, ServerCallContext context) =>
        new() { Dispute = await ChangeAsync(request.DisputeId, (d, now) => d.RecordCaseNumber(request.Actor, request.CaseNumber, request.Version, now), context) };

    public override async Task<AdvanceToLitigationResponse> AdvanceToLitigation(AdvanceToLitigationRequest request, ServerCallContext context) =>
        new()
        {
            Dispute = await ChangeAsync(
                request.DisputeId,
                (d, now) => d.AdvanceToLitigation(
                    request.Actor, (LitigationGround)(int)request.Ground, request.GroundReference, Empty(request.Court), Empty(request.CaseNumber), request.Version, now),
                context),
        };

    public override async Task<RecordCourtHearingResponse> RecordCourtHearing(RecordCourtHearingRequest request, ServerCallContext context) =>
        new()
        {
            Dispute = await ChangeAsync(
                request.DisputeId,
                (d, now) => d.RecordCourtHearing(request.Actor, DisputeMapping.Date(request.HearingDate, "hearing_date"), request.Note, request.Version, now),
                context),
        };

    public override async Task<RecordJudgmentResponse> RecordJudgment(RecordJudgmentRequest request, ServerCallContext context) =>
        new()
        {
            Dispute = await ChangeAsync(
                request.DisputeId,
                (d, now) => d.RecordJudgment(request.Actor, DisputeMapping.Date(request.JudgmentDate, "judgment_date"), request.Summary, request.Version, now),
                context),
        };

    /// <summary>A withdrawn case frees its breaches for a new case, in the same transaction.</summary>
    public override async Task<WithdrawDisputeResponse> WithdrawDispute(WithdrawDisputeRequest request, ServerCallContext context) =>
        new()
        {
            Dispute = await ChangeAsync(
                request.DisputeId,
                (d, now) => d.Withdraw(request.Actor, request.Reason, request.Version, now),
                context,
                async (d, ct) => db.Set<BreachHold>().RemoveRange(await db.Set<BreachHold>().Where(h => h.DisputeId == d.Id).ToListAsync(ct))),
        };

    private static string? Empty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Loads, applies one domain change, records its events and saves it all in one transaction.</summary>
    private async Task<Platform.Contracts.Disputes.V1.Dispute> ChangeAsync(
        string disputeId, Action<Dispute, DateTimeOffset> change, ServerCallContext context, Func<Dispute, CancellationToken, Task>? alongside = null)
    {
        var ct = context.CancellationToken;
        var dispute = await LoadAsync(disputeId, tracking: true, ct);
        var now = time.GetUtcNow();
        change(dispute, now);
        if (alongside is not null)
        {
            await alongside(dispute, ct);
        }

        DisputeIntegrationEvents.Enqueue(dispute, outbox);
        await db.SaveChangesAsync(ct);
        return dispute.ToProto(now);
    }
}
