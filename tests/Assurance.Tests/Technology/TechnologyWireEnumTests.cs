using Platform.Assurance.Domain.Technology;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Tests.Technology;

/// <summary>The gRPC adapter converts domain enums to wire enums by number: each number must mean the same on both sides.</summary>
public sealed class TechnologyWireEnumTests
{
    [Fact]
    public void Capability_kinds_match_the_wire() => AssertSameMembers<CapabilityKind, Proto.CapabilityKind>();

    [Fact]
    public void Capability_statuses_match_the_wire() => AssertSameMembers<CapabilityStatus, Proto.CapabilityStatus>();

    [Fact]
    public void Requirement_statuses_match_the_wire() => AssertSameMembers<RequirementStatus, Proto.CapabilityRequirementStatus>();

    private static void AssertSameMembers<TDomain, TWire>()
        where TDomain : struct, Enum
        where TWire : struct, Enum
    {
        var domain = Enum.GetValues<TDomain>().ToDictionary(v => (int)(object)v, v => v.ToString());
        var wire = Enum.GetValues<TWire>().Where(v => (int)(object)v != 0).ToDictionary(v => (int)(object)v, v => v.ToString());
        Assert.Equal(wire.OrderBy(p => p.Key), domain.OrderBy(p => p.Key));
    }
}
