using Platform.Assurance.Domain.Technology;
using Platform.Tests.Shared;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Tests.Technology;

/// <summary>The gRPC adapter converts domain enums to wire enums by number: each number must mean the same on both sides.</summary>
public sealed class TechnologyWireEnumTests
{
    [Fact]
    public void Capability_kinds_match_the_wire() => WireEnums.AssertSameMembers<CapabilityKind, Proto.CapabilityKind>();

    [Fact]
    public void Capability_statuses_match_the_wire() => WireEnums.AssertSameMembers<CapabilityStatus, Proto.CapabilityStatus>();

    [Fact]
    public void Requirement_statuses_match_the_wire() => WireEnums.AssertSameMembers<RequirementStatus, Proto.CapabilityRequirementStatus>();
}
