using Platform.Disputes.Domain;
using Proto = Platform.Contracts.Disputes.V1;

namespace Platform.Disputes.Tests.Grpc;

/// <summary>The gRPC adapter converts domain enums to wire enums by number: each number must mean the same on both sides.</summary>
public sealed class WireEnumTests
{
    [Fact]
    public void Party_roles_match_the_wire() => AssertSameMembers<PartyRole, Proto.PartyRole>();

    [Fact]
    public void Stages_match_the_wire() => AssertSameMembers<DisputeStage, Proto.DisputeStage>();

    [Fact]
    public void Statuses_match_the_wire() => AssertSameMembers<DisputeStatus, Proto.DisputeStatus>();

    [Fact]
    public void Negotiation_states_match_the_wire() => AssertSameMembers<NegotiationState, Proto.NegotiationState>();

    [Fact]
    public void Submission_kinds_match_the_wire() => AssertSameMembers<SubmissionKind, Proto.SubmissionKind>();

    [Fact]
    public void Litigation_grounds_match_the_wire() => AssertSameMembers<LitigationGround, Proto.LitigationGround>();

    private static void AssertSameMembers<TDomain, TWire>()
        where TDomain : struct, Enum
        where TWire : struct, Enum
    {
        var domain = Enum.GetValues<TDomain>().ToDictionary(v => (int)(object)v, v => v.ToString());
        var wire = Enum.GetValues<TWire>().Where(v => (int)(object)v != 0).ToDictionary(v => (int)(object)v, v => v.ToString());
        Assert.Equal(wire.OrderBy(p => p.Key), domain.OrderBy(p => p.Key));
    }
}
