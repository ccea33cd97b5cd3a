using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Assurance.V1;

namespace Platform.IntegrationTests.Services.Assurance.Technology;

/// <summary>Requests of the technology API, valid by default; each test sets only what it is about.</summary>
internal static class TechnologyCalls
{
    public const string Admin = "it-admin";

    /// <summary>The capability <see cref="AgreementFacts.Terms"/> requires.</summary>
    public const string CustomerServiceSystem = "intelligent customer-service system";

    /// <summary>An operational intelligent customer-service system of <paramref name="promisorId"/>, in service since a month ago.</summary>
    public static RegisterCapabilityRequest Register(string promisorId, string name = CustomerServiceSystem, DateTimeOffset? since = null) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        PromisorId = promisorId,
        Name = name,
        Kind = CapabilityKind.IntelligentCustomerService,
        Description = "Chatbot and agent assist, vendor X",
        Status = CapabilityStatus.Operational,
        Since = Timestamp.FromDateTimeOffset(since ?? DateTimeOffset.UtcNow.AddDays(-30)),
        Actor = Admin,
    };

    public static ChangeCapabilityStatusRequest ChangeStatus(Capability capability, CapabilityStatus status, DateTimeOffset? since = null) => new()
    {
        CapabilityId = capability.Id,
        Version = capability.Version,
        Status = status,
        Since = since is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        Reason = "Vendor contract ended",
        Actor = Admin,
    };

    public static UpdateCapabilityRequest Update(Capability capability) => new()
    {
        CapabilityId = capability.Id,
        Version = capability.Version,
        Name = capability.Name,
        Kind = capability.Kind,
        Description = capability.Description,
        Actor = Admin,
    };

    public static async Task<Capability> RegisterAsync(this TechnologyService.TechnologyServiceClient client, RegisterCapabilityRequest request) =>
        (await client.RegisterCapabilityAsync(request)).Capability;

    public static async Task<Capability> GetAsync(this TechnologyService.TechnologyServiceClient client, string capabilityId) =>
        (await client.GetCapabilityAsync(new GetCapabilityRequest { CapabilityId = capabilityId })).Capability;

    public static async Task<IReadOnlyList<Capability>> OfPromisorAsync(this TechnologyService.TechnologyServiceClient client, string promisorId) =>
        (await client.ListCapabilitiesAsync(new ListCapabilitiesRequest { PromisorId = promisorId, PageSize = 200 })).Capabilities;

    public static Task<GetTechnologyStatusResponse> StatusAsync(this TechnologyService.TechnologyServiceClient client, string promisorId, DateTimeOffset? at = null) =>
        client.GetTechnologyStatusAsync(new GetTechnologyStatusRequest { PromisorId = promisorId, At = at is { } t ? Timestamp.FromDateTimeOffset(t) : null }).ResponseAsync;
}
