using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Platform.Assurance.Domain.Staffing;
using Platform.ServiceDefaults.Requests;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Staffing;

/// <summary>Maps the team roster between the wire and the domain.</summary>
internal static class StaffingMapping
{
    public static TeamMemberDetails ToDetails(string name, string role, bool core, Contracts.Common.V1.Decimal? years, Timestamp? asOf, Timestamp? joinedAt, DateTimeOffset now) =>
        TeamMemberDetails.Of(
            name,
            role,
            core,
            RequestFields.OptionalDecimal(years, "industry_experience_years"),
            RequestFields.OptionalTime(asOf, "experience_as_of"),
            RequestFields.OptionalTime(joinedAt, "joined_at"),
            now);

    public static Proto.TeamMember ToProto(this TeamMember member)
    {
        var proto = new Proto.TeamMember
        {
            Id = member.Id.ToString(),
            PromisorId = member.PromisorId,
            Name = member.Name,
            Role = member.Role,
            Core = member.IsCore,
            IndustryExperienceYears = Decimal(member.ExperienceYears),
            ExperienceAsOf = Timestamp.FromDateTimeOffset(member.ExperienceAsOf),
            JoinedAt = Timestamp.FromDateTimeOffset(member.JoinedAt),
            History =
            {
                member.History.Select(h => new Proto.StaffingHistoryEntry
                {
                    Sequence = h.Sequence,
                    At = Timestamp.FromDateTimeOffset(h.At),
                    Actor = h.Actor,
                    Action = h.Action,
                    Detail = h.Detail,
                }),
            },
            Version = member.Version,
        };
        if (member.LeftAt is { } left)
        {
            proto.LeftAt = Timestamp.FromDateTimeOffset(left);
        }

        return proto;
    }

    public static Proto.GetStaffingStatusResponse ToProto(this StaffingAssessment assessment, string promisorId)
    {
        var response = new Proto.GetStaffingStatusResponse
        {
            PromisorId = promisorId,
            At = Timestamp.FromDateTimeOffset(assessment.At),
            Status = (Proto.StaffingStatusKind)(int)assessment.Status,
            Headcount = assessment.Headcount,
            HeadcountShortfall = assessment.HeadcountShortfall,
            CoreMembers = { assessment.CoreMembers.Select(ToProto) },
            CoreMembersBelowExperience = { assessment.BelowExperience.Select(ToProto) },
        };
        if (assessment.Requirement is { } requirement)
        {
            response.Requirement = new Proto.StaffingRequirement
            {
                MinHeadcount = requirement.MinHeadcount,
                HeadcountAgreementId = requirement.HeadcountAgreementId.ToString(),
                HeadcountAgreementNumber = requirement.HeadcountAgreementNumber,
                CoreMemberMinExperienceYears = Decimal(requirement.CoreMemberMinExperienceYears),
                ExperienceAgreementId = requirement.ExperienceAgreementId.ToString(),
                ExperienceAgreementNumber = requirement.ExperienceAgreementNumber,
            };
        }

        return response;
    }

    private static Proto.StaffingCoreMember ToProto(CoreMemberExperience core) => new()
    {
        MemberId = core.MemberId.ToString(),
        Name = core.Name,
        Role = core.Role,
        ExperienceYears = Decimal(core.Years),
        MeetsRequirement = core.MeetsRequirement,
    };

    private static Contracts.Common.V1.Decimal Decimal(decimal value) => new() { Value = value.ToString("0.########", CultureInfo.InvariantCulture) };
}
