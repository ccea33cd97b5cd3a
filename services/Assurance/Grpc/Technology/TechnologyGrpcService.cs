using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.AgreementReplica.Data;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Technology;
using Platform.Contracts.Assurance.V1;
using Platform.ServiceDefaults.Requests;
using Platform.SharedKernel;
using Capability = Platform.Assurance.Domain.Technology.Capability;
using CapabilityKind = Platform.Assurance.Domain.Technology.CapabilityKind;
using CapabilityStatus = Platform.Assurance.Domain.Technology.CapabilityStatus;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Technology;

/// <summary>gRPC adapter of the technology capabilities (clause 3.3): validate, call the domain, save.</summary>
public sealed class TechnologyGrpcService(AssuranceDbContext db, TimeProvider time) : TechnologyService.TechnologyServiceBase
{
    private const string RequestIdIndex = "ix_technology_capabilities_request_id";

    public override async Task<RegisterCapabilityResponse> RegisterCapability(RegisterCapabilityRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var now = time.GetUtcNow();
        var registration = new ClientRequest(RequestFields.RequiredGuid(request.RequestId, "request_id"), RequestFingerprint.Of(request));
        if (await FindByRequestIdAsync(registration.Id, ct) is { } earlier)
        {
            earlier.EnsureRegisteredBy(registration);
            return new RegisterCapabilityResponse { Capability = earlier.ToProto() };
        }

        var details = CapabilityDetails.Of(request.Name, (CapabilityKind)(int)request.Kind, request.Description);
        var since = RequestFields.OptionalTime(request.Since, "since") ?? now;
        var capability = Capability.Register(
            Guid.CreateVersion7(), registration, request.PromisorId, details, (CapabilityStatus)(int)request.Status, since, request.Actor, now);
        db.Set<Capability>().Add(capability);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: RequestIdIndex })
        {
            // A retry of the same request raced this one and won: answer with what it registered.
            db.ChangeTracker.Clear();
            capability = await FindByRequestIdAsync(registration.Id, ct)
                ?? throw new InvalidOperationException("Capability registration conflicted but no capability has this request id.", ex);
            capability.EnsureRegisteredBy(registration);
        }

        return new RegisterCapabilityResponse { Capability = capability.ToProto() };
    }

    public override async Task<UpdateCapabilityResponse> UpdateCapability(UpdateCapabilityRequest request, ServerCallContext context)
    {
        var details = CapabilityDetails.Of(request.Name, (CapabilityKind)(int)request.Kind, request.Description);
        return new() { Capability = await ChangeAsync(request.CapabilityId, (c, now) => c.Update(details, request.Actor, request.Version, now), context) };
    }

    public override async Task<ChangeCapabilityStatusResponse> ChangeCapabilityStatus(ChangeCapabilityStatusRequest request, ServerCallContext context)
    {
        var since = RequestFields.OptionalTime(request.Since, "since");
        return new()
        {
            Capability = await ChangeAsync(
                request.CapabilityId, (c, now) => c.ChangeStatus((CapabilityStatus)(int)request.Status, since, request.Reason, request.Actor, request.Version, now), context),
        };
    }

    public override async Task<GetCapabilityResponse> GetCapability(GetCapabilityRequest request, ServerCallContext context) =>
        new() { Capability = (await LoadAsync(request.CapabilityId, tracking: false, context.CancellationToken)).ToProto() };

    public override async Task<ListCapabilitiesResponse> ListCapabilities(ListCapabilitiesRequest request, ServerCallContext context)
    {
        var (items, next) = await CapabilityListing.ListAsync(db, request, context.CancellationToken);
        return new ListCapabilitiesResponse { Capabilities = { items.Select(c => c.ToProto()) }, NextPageToken = next };
    }

    public override async Task<GetTechnologyStatusResponse> GetTechnologyStatus(GetTechnologyStatusRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var promisorId = CapabilityText.Required(request.PromisorId, "promisor_id", CapabilityText.MaxShortText);
        var now = time.GetUtcNow();
        var at = RequestFields.OptionalTime(request.At, "at") ?? now;
        if (at > now)
        {
            throw RuleViolationException.Invalid("at", $"at {at:O} is in the future; the status is known only up to now.");
        }

        var capabilities = await db.Set<Capability>().AsNoTracking().Where(c => c.PromisorId == promisorId).ToListAsync(ct);
        var agreements = (await db.ActiveAgreementsOfPromisorAsync(promisorId, ct))
            .Select(a => (Agreement: a, Terms: a.TermsAt(at)))
            .Where(a => a.Terms is not null)
            .OrderBy(a => a.Agreement.Number, StringComparer.Ordinal)
            .Select(a => new RequiringAgreement(a.Agreement.AgreementId, a.Agreement.Number, a.Terms!.Version, a.Terms.Terms.RequiredCapabilities));
        return TechnologyStatus.Assess(capabilities, agreements, at).ToProto(promisorId);
    }

    /// <summary>Loads, applies one domain change and saves it.</summary>
    private async Task<Proto.Capability> ChangeAsync(string capabilityId, Action<Capability, DateTimeOffset> change, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var capability = await LoadAsync(capabilityId, tracking: true, ct);
        change(capability, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return capability.ToProto();
    }

    private Task<Capability?> FindByRequestIdAsync(Guid requestId, CancellationToken ct) =>
        db.Set<Capability>().AsNoTracking().SingleOrDefaultAsync(c => c.RequestId == requestId, ct);

    private async Task<Capability> LoadAsync(string capabilityId, bool tracking, CancellationToken ct)
    {
        var id = RequestFields.RequiredGuid(capabilityId, "capability_id");
        var query = tracking ? db.Set<Capability>() : db.Set<Capability>().AsNoTracking();
        return await query.SingleOrDefaultAsync(c => c.Id == id, ct)
            ?? throw RuleViolationException.NotFound("capability", capabilityId);
    }
}
