using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.Complaints.Domain.Resolution;
using Platform.Tests.Shared;
using Proto = Platform.Contracts.Complaints.V1;

namespace Platform.Complaints.Tests.Grpc;

/// <summary>The gRPC adapter converts domain enums to wire enums by number: each number must mean the same on both sides.</summary>
public sealed class WireEnumTests
{
    [Fact]
    public void Channels_match_the_wire() => WireEnums.AssertSameMembers<ChannelKind, Proto.ComplaintChannel>();

    [Fact]
    public void Severities_match_the_wire() => WireEnums.AssertSameMembers<ComplaintSeverity, Proto.ComplaintSeverity>();

    [Fact]
    public void Statuses_match_the_wire() => WireEnums.AssertSameMembers<ComplaintStatus, Proto.ComplaintStatus>();

    [Fact]
    public void Clock_kinds_match_the_wire() => WireEnums.AssertSameMembers<ClockKind, Proto.ClockKind>();

    [Fact]
    public void Clock_states_match_the_wire() => WireEnums.AssertSameMembers<ClockState, Proto.ClockState>();

    [Fact]
    public void Resolution_rate_statuses_match_the_wire() => WireEnums.AssertSameMembers<ResolutionRateStatus, Proto.ResolutionRateStatus>();
}
