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
public sealed partial class AgreementsGrpcService(
    AgreementsDbContext db,
    IOutbox outbox,
    IDeadlines deadlines,
    TimeProvider time) : AgreementsService.AgreementsServiceBase
{
    public override async Task<CreateAgreementResponse> CreateAgreement(CreateAgreementRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var createRequest = new ClientRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), RequestFingerprint.Of(request));
        var now = time.GetUtcNow();
        if (await FindByRequestIdAsync(createRequest.Id, ct) is { } earlier)
        {
            earlier.EnsureCreatedBy(createRequest);
            return new CreateAgreementResponse { Agreement = earlier.ToProto(now) };
        }

        // Checked before a number is taken, so refused requests leave no gaps in the numbering.
        var details = AgreementMapping.ToDraftDetails(request.Promisor, request.Customer, request.EffectiveFrom, request.ExpiresAt, request.Scope, request.Terms);
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

        return new CreateAgreementResponse { Agreement = agreement.ToProto(now) };
    }

    public override async Task<GetAgreementResponse> GetAgreement(GetAgreementRequest request, ServerCallContext context)
    {
        var agreement = await LoadAsync(request.AgreementId, tracking: false, context.CancellationToken);
        return new GetAgreementResponse { Agreement = agreement.ToProto(time.GetUtcNow()) };
    }

    public override async Task<ListAgreementsResponse> ListAgreements(ListAgreementsRequest request, ServerCallContext context)
    {
        var page = await AgreementListing.ListAsync(db, request, context.CancellationToken);
        var now = time.GetUtcNow();
        return new ListAgreementsResponse
        {
            Agreements = { page.Items.Select(a => a.ToProto(now)) },
            NextPageToken = page.NextPageToken,
        };
    }

    public override async Task<UpdateDraftResponse> UpdateDraft(UpdateDraftRequest request, ServerCallContext context)
    {
        var details = AgreementMapping.ToDraftDetails(request.Promisor, request.Customer, request.EffectiveFrom, request.ExpiresAt, request.Scope, request.Terms);
        var agreement = await ChangeAsync(request.AgreementId, a => a.UpdateDraft(details, request.Version), context.CancellationToken);
        return new UpdateDraftResponse { Agreement = agreement.ToProto(time.GetUtcNow()) };
    }

    public override async Task<SignAgreementResponse> SignAgreement(SignAgreementRequest request, ServerCallContext context)
    {
        var now = time.GetUtcNow();
        var agreement = await ChangeAsync(
            request.AgreementId,
            a => a.Sign(request.SignedBy, request.Version, now),
            context.CancellationToken,
            a => deadlines.ScheduleAsync(AgreementExpiryHandler.DeadlineKind, a.Id.ToString(), a.ExpiresAt, context.CancellationToken));
        return new SignAgreementResponse { Agreement = agreement.ToProto(now) };
    }

    public override async Task<SuspendAgreementResponse> SuspendAgreement(SuspendAgreementRequest request, ServerCallContext context)
    {
        var now = time.GetUtcNow();
        var agreement = await ChangeAsync(request.AgreementId, a => a.Suspend(request.Reason, request.Version, now), context.CancellationToken);
        return new SuspendAgreementResponse { Agreement = agreement.ToProto(now) };
    }

    public override async Task<ResumeAgreementResponse> ResumeAgreement(ResumeAgreementRequest request, ServerCallContext context)
    {
        var now = time.GetUtcNow();
        var agreement = await ChangeAsync(request.AgreementId, a => a.Resume(request.Version, now), context.CancellationToken);
        return new ResumeAgreementResponse { Agreement = agreement.ToProto(now) };
    }

    public override async Task<TerminateAgreementResponse> TerminateAgreement(TerminateAgreementRequest request, ServerCallContext context)
    {
        var now = time.GetUtcNow();
        var agreement = await ChangeAsync(
            request.AgreementId,
            a => a.Terminate(request.Reason, request.Version, now),
            context.CancellationToken,
            a => deadlines.CancelAsync(AgreementExpiryHandler.DeadlineKind, a.Id.ToString(), context.CancellationToken));
        return new TerminateAgreementResponse { Agreement = agreement.ToProto(now) };
    }

    public override async Task<AmendTermsResponse> AmendTerms(AmendTermsRequest request, ServerCallContext context)
    {
        var now = time.GetUtcNow();
        var terms = RequestFields.Required(request.Terms, "terms").ToDomain();
        var effectiveFrom = RequestFields.OptionalTime(request.EffectiveFrom, "effective_from") ?? now;
        Domain.Terms.TermsVersion? amended = null;
        var agreement = await ChangeAsync(
            request.AgreementId,
            a => amended = a.AmendTerms(terms, effectiveFrom, request.Reason, request.Version, now),
            context.CancellationToken);
        return new AmendTermsResponse { Agreement = agreement.ToProto(now), TermsVersion = amended!.ToProto() };
    }

    public override async Task<GetTermsResponse> GetTerms(GetTermsRequest request, ServerCallContext context)
    {
        var agreement = await LoadAsync(request.AgreementId, tracking: false, context.CancellationToken);
        var at = RequestFields.OptionalTime(request.At, "at") ?? time.GetUtcNow();
        var version = agreement.TermsAt(at)
            ?? throw new RuleViolationException(
                RuleKind.NotFound, "terms.not_in_force", "at", $"Agreement {agreement.Number} had no terms in force at {at:O} (it is {agreement.Status.ToString().ToLowerInvariant()}, in force from {agreement.EffectiveFrom:O} once signed).");
        return new GetTermsResponse { TermsVersion = version.ToProto() };
    }

    /// <summary>Loads, applies one domain change, records its events (and deadlines) and saves it all in one transaction.</summary>
    private async Task<Agreement> ChangeAsync(string agreementId, Action<Agreement> change, CancellationToken ct, Func<Agreement, Task>? alsoDo = null)
    {
        var agreement = await LoadAsync(agreementId, tracking: true, ct);
        change(agreement);
        if (alsoDo is not null)
        {
            await alsoDo(agreement);
        }

        AgreementIntegrationEvents.Enqueue(agreement, outbox);
        await db.SaveChangesAsync(ct);
        return agreement;
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
