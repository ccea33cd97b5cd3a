using Platform.Disputes.Domain;
using Platform.Tests.Shared;
using Proto = Platform.Contracts.Disputes.V1;

namespace Platform.Disputes.Tests.Grpc;

/// <summary>The gRPC adapter converts domain enums to wire enums by number: each number must mean the same on both sides.</summary>
public sealed class WireEnumTests
{
    [Fact]
    public void Party_roles_match_the_wire() => WireEnums.AssertSameMembers<PartyRole, Proto.PartyRole>();

    [Fact]
    public void Stages_match_the_wire() => WireEnums.AssertSameMembers<DisputeStage, Proto.DisputeStage>();

    [Fact]
    public void Statuses_match_the_wire() => WireEnums.AssertSameMembers<DisputeStatus, Proto.DisputeStatus>();

    [Fact]
    public void Negotiation_states_match_the_wire() => WireEnums.AssertSameMembers<NegotiationState, Proto.NegotiationState>();

    [Fact]
    public void Submission_kinds_match_the_wire() => WireEnums.AssertSameMembers<SubmissionKind, Proto.SubmissionKind>();

    [Fact]
    public void Litigation_grounds_match_the_wire() => WireEnums.AssertSameMembers<LitigationGround, Proto.LitigationGround>();
}
