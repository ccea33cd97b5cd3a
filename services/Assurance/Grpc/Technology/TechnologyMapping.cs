using Google.Protobuf.WellKnownTypes;
using Platform.Assurance.Domain.Technology;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Technology;

/// <summary>
/// Domain → wire. The domain enums carry the wire enums' numbers (checked by a test), so they convert by
/// value.
/// </summary>
internal static class TechnologyMapping
{
    public static Proto.Capability ToProto(this Capability capability) => new()
    {
        Id = capability.Id.ToString(),
        PromisorId = capability.PromisorId,
        Name = capability.Name,
        Kind = (Proto.CapabilityKind)(int)capability.Kind,
        Description = capability.Description,
        Status = (Proto.CapabilityStatus)(int)capability.Status,
        Since = Timestamp.FromDateTimeOffset(capability.Since),
        InServiceSince = Timestamp.FromDateTimeOffset(capability.InServiceSince),
        StatusHistory = { capability.StatusHistory.Select(ToProto) },
        History = { capability.History.Select(ToProto) },
        Version = capability.Version,
    };

    public static Proto.GetTechnologyStatusResponse ToProto(this TechnologyStatus status, string promisorId) => new()
    {
        PromisorId = promisorId,
        At = Timestamp.FromDateTimeOffset(status.At),
        Capabilities = { status.Capabilities.Select(ToProto) },
        Requirements = { status.Requirements.Select(ToProto) },
        AllRequirementsMet = status.AllRequirementsMet,
    };

    private static Proto.CapabilityStatusPeriod ToProto(CapabilityStatusPeriod period) => new()
    {
        Sequence = period.Sequence,
        Status = (Proto.CapabilityStatus)(int)period.Status,
        Since = Timestamp.FromDateTimeOffset(period.Since),
        RecordedAt = Timestamp.FromDateTimeOffset(period.RecordedAt),
        Actor = period.Actor,
        Reason = period.Reason,
    };

    private static Proto.CapabilityHistoryEntry ToProto(CapabilityHistoryEntry entry) => new()
    {
        Sequence = entry.Sequence,
        At = Timestamp.FromDateTimeOffset(entry.At),
        Actor = entry.Actor,
        Action = entry.Action,
        Detail = entry.Detail,
    };

    private static Proto.CapabilityAtInstant ToProto(CapabilityAtInstant capability) => new()
    {
        CapabilityId = capability.Capability.Id.ToString(),
        Name = capability.Capability.Name,
        Kind = (Proto.CapabilityKind)(int)capability.Capability.Kind,
        Status = (Proto.CapabilityStatus)(int)capability.Period.Status,
        Since = Timestamp.FromDateTimeOffset(capability.Period.Since),
    };

    private static Proto.CapabilityRequirement ToProto(RequirementAssessment requirement) => new()
    {
        Name = requirement.Name,
        Status = (Proto.CapabilityRequirementStatus)(int)requirement.Status,
        CapabilityIds = { requirement.CapabilityIds.Select(id => id.ToString()) },
        Agreements =
        {
            requirement.Agreements.Select(a => new Proto.CapabilityRequiringAgreement
            {
                AgreementId = a.AgreementId.ToString(),
                AgreementNumber = a.Number,
                TermsVersion = a.TermsVersion,
            }),
        },
    };
}
