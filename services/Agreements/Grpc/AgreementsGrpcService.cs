using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Agreements.Data;
using Platform.Agreements.Domain;
using Platform.Agreements.Messaging;
using Platform.Contracts.Agreements.V1;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Agreement = Platform.Agreements.Domain.Agreement;

namespace Platform.Agreements.Grpc;

/// <summary>gRPC adapter of the Agreements context: validate, call the domain, save with its events.</summary>
public sealed class AgreementsGrpcService(
    AgreementsDbContext db,
    IOutbox outbox,
    IDeadlines deadlines,
    TimeProvider time) : AgreementsService.AgreementsServiceBase
{
    public override async Task<CreateAgreementResponse> CreateAgreement(CreateAgreementRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var createRequest = new CreateRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), RequestFingerprint.Of(request));
        if (await FindByRequestIdAsync(createRequest.Id, ct) is { } earlier)
        {
            earlier.EnsureCreatedBy(createRequest);
            return new CreateAgreementResponse { Agreement = earlier.ToProto() };
        }

        // Checked before a number is taken, so refused requests leave no gaps in the numbering.
        var details = DraftDetails.Create(
            request.Promisor.ToDomain(),
            request.Customer.ToDomain(),
            RequestFields.RequiredTime(request.EffectiveFrom, "effective_from"),
            RequestFields.RequiredTime(request.ExpiresAt, "expires_at"));
        var now = time.GetUtcNow();
        var number = AgreementNumber.Format(now.Year, await db.NextAgreementSequenceAsync(ct));
        var agreement = Agreement.Draft(Guid.CreateVersion7(), number, createRequest, details, now);
        db.Agreements.Add(agreement);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A retry of the same request raced this one and won: answer with what it created.
            db.ChangeTracker.Clear();
            agreement = await FindByRequestIdAsync(createRequest.Id, ct)
                ?? throw new InvalidOperationException("Agreement creation conflicted but no agreement has this request id.", ex);
            agreement.EnsureCreatedBy(createRequest);
        }

        return new CreateAgreementResponse { Agreement = agreement.ToProto() };
    }

    public override async Task<GetAgreementResponse> GetAgreement(GetAgreementRequest request, ServerCallContext context)
    {
        var agreement = await LoadAsync(request.AgreementId, tracking: false, context.CancellationToken);
        return new GetAgreementResponse { Agreement = agreement.ToProto() };
    }

    public override async Task<SignAgreementResponse> SignAgreement(SignAgreementRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var agreement = await LoadAsync(request.AgreementId, tracking: true, ct);
        agreement.Sign(request.SignedBy, request.Version, time.GetUtcNow());
        await deadlines.ScheduleAsync(AgreementExpiryHandler.DeadlineKind, agreement.Id.ToString(), agreement.ExpiresAt, ct);
        AgreementIntegrationEvents.Enqueue(agreement, outbox);
        await db.SaveChangesAsync(ct);
        return new SignAgreementResponse { Agreement = agreement.ToProto() };
    }

    private Task<Agreement?> FindByRequestIdAsync(Guid requestId, CancellationToken ct) =>
        db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.CreateRequestId == requestId, ct);

    private async Task<Agreement> LoadAsync(string agreementId, bool tracking, CancellationToken ct)
    {
        var id = RequestFields.RequiredGuid(agreementId, "agreement_id");
        var query = tracking ? db.Agreements : db.Agreements.AsNoTracking();
        return await query.SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw RuleViolationException.NotFound("agreement", agreementId);
    }
}
