using Platform.Complaints.Domain;
using Platform.Complaints.Domain.Clocks;
using Platform.Complaints.Domain.Resolution;
using Proto = Platform.Contracts.Complaints.V1;

namespace Platform.Complaints.Tests.Grpc;

/// <summary>The gRPC adapter converts domain enums to wire enums by number: each number must mean the same on both sides.</summary>
public sealed class WireEnumTests
{
    [Fact]
    public void Channels_match_the_wire() => AssertSameMembers<ChannelKind, Proto.ComplaintChannel>();

    [Fact]
    public void Severities_match_the_wire() => AssertSameMembers<ComplaintSeverity, Proto.ComplaintSeverity>();

    [Fact]
    public void Statuses_match_the_wire() => AssertSameMembers<ComplaintStatus, Proto.ComplaintStatus>();

    [Fact]
    public void Clock_kinds_match_the_wire() => AssertSameMembers<ClockKind, Proto.ClockKind>();

    [Fact]
    public void Clock_states_match_the_wire() => AssertSameMembers<ClockState, Proto.ClockState>();

    [Fact]
    public void Resolution_rate_statuses_match_the_wire() => AssertSameMembers<ResolutionRateStatus, Proto.ResolutionRateStatus>();

    private static void AssertSameMembers<TDomain, TWire>()
        where TDomain : struct, Enum
        where TWire : struct, Enum
    {
        var domain = Enum.GetValues<TDomain>().ToDictionary(v => (int)(object)v, v => v.ToString());
        var wire = Enum.GetValues<TWire>().Where(v => (int)(object)v != 0).ToDictionary(v => (int)(object)v, v => v.ToString());
        Assert.Equal(wire.OrderBy(p => p.Key), domain.OrderBy(p => p.Key));
    }
}
