using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Assurance.V1;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using FundEntry = Platform.Assurance.Domain.Funding.FundEntry;
using FundEntryKind = Platform.Assurance.Domain.Funding.FundEntryKind;
using FundingPurpose = Platform.Assurance.Domain.Funding.FundingPurpose;

namespace Platform.Assurance.Grpc.Funding;

public sealed partial class FundingGrpcService
{
    public override async Task<AllocateFundResponse> AllocateFund(AllocateFundRequest request, ServerCallContext context) =>
        new()
        {
            Entry = await RecordEntryAsync(
                request, FundEntryKind.Allocation, request.RequestId, request.PromisorId, request.Amount, request.BookedAt, request.Purpose, request.Description, request.Actor, context.CancellationToken),
        };

    public override async Task<RecordFundSpendingResponse> RecordFundSpending(RecordFundSpendingRequest request, ServerCallContext context) =>
        new()
        {
            Entry = await RecordEntryAsync(
                request, FundEntryKind.Spending, request.RequestId, request.PromisorId, request.Amount, request.BookedAt, request.Purpose, request.Description, request.Actor, context.CancellationToken),
        };

    /// <summary>Records an allocation or a spending: idempotent by request id, and the year it counts for is assessed at its end.</summary>
    private async Task<Contracts.Assurance.V1.FundEntry> RecordEntryAsync<TRequest>(
        TRequest request,
        FundEntryKind kind,
        string requestId,
        string promisorId,
        Contracts.Common.V1.Money? amount,
        Google.Protobuf.WellKnownTypes.Timestamp? bookedAt,
        Contracts.Assurance.V1.FundingPurpose purpose,
        string description,
        string actor,
        CancellationToken ct)
        where TRequest : IMessage<TRequest>
    {
        var now = time.GetUtcNow();
        var entryRequest = new ClientRequest(RequestFields.RequiredGuid(requestId, "request_id"), $"{kind}:{RequestFingerprint.Of(request)}");
        if (await FindEntryByRequestAsync(entryRequest.Id, ct) is { } earlier)
        {
            earlier.EnsureRecordedBy(entryRequest);
            return earlier.ToProto();
        }

        // Everything is checked before anything is stored.
        var entry = FundEntry.Record(
            Guid.CreateVersion7(),
            promisorId,
            kind,
            entryRequest,
            FundingMapping.ToFundMoney(amount, "amount"),
            RequestFields.OptionalTime(bookedAt, "booked_at") ?? now,
            (FundingPurpose)(int)purpose,
            description,
            actor,
            now);
        db.Set<FundEntry>().Add(entry);
        await deadlines.YearRecordedAsync(entry.PromisorId, entry.Year, now, ct);
        try
        {
            await SaveAsync(ct);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex, "ix_fund_entries_request_id"))
        {
            // A retry of the same request raced this one and won: answer with what it recorded.
            db.ChangeTracker.Clear();
            entry = await FindEntryByRequestAsync(entryRequest.Id, ct)
                ?? throw new InvalidOperationException("Recording a fund entry conflicted but none has this request id.", ex);
            entry.EnsureRecordedBy(entryRequest);
        }

        return entry.ToProto();
    }
}
