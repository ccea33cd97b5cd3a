using Platform.Assurance.Domain.Technology;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Technology;

/// <summary>
/// An operational intelligent customer-service system of <see cref="Promisor"/>, in service since
/// <see cref="Since"/> and registered at <see cref="Now"/>; each With… changes one thing.
/// </summary>
internal sealed class CapabilityBuilder
{
    public const string Promisor = "org-acme";
    public const string Admin = "it-admin";
    public const string CustomerServiceSystem = "intelligent customer-service system";

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Since = Now.AddDays(-30);

    private string _name = CustomerServiceSystem;
    private CapabilityKind _kind = CapabilityKind.IntelligentCustomerService;
    private CapabilityStatus _status = CapabilityStatus.Operational;
    private DateTimeOffset _since = Since;

    public static ClientRequest Request { get; } = new(Guid.Parse("2a0f6c1e-3b4d-4e5f-8a9b-0c1d2e3f4a5b"), "fingerprint-of-the-request");

    public CapabilityBuilder Named(string name, CapabilityKind kind = CapabilityKind.Other)
    {
        _name = name;
        _kind = kind;
        return this;
    }

    public CapabilityBuilder WithStatus(CapabilityStatus status)
    {
        _status = status;
        return this;
    }

    public CapabilityBuilder InServiceSince(DateTimeOffset since)
    {
        _since = since;
        return this;
    }

    public Capability Build() =>
        Capability.Register(Guid.CreateVersion7(), Request, Promisor, CapabilityDetails.Of(_name, _kind, "Vendor X, cloud"), _status, _since, Admin, Now);

    /// <summary>Built, then changed to <paramref name="status"/> from <paramref name="since"/>.</summary>
    public Capability BuildChangedTo(CapabilityStatus status, DateTimeOffset since)
    {
        var capability = Build();
        capability.ChangeStatus(status, since, "Scheduled change", Admin, capability.Version, Now);
        return capability;
    }
}
