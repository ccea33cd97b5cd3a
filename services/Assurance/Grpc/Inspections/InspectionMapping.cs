using Google.Protobuf.WellKnownTypes;
using Platform.Assurance.Domain.Inspections;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Inspections;

/// <summary>Domain → wire. The domain enums carry the wire enums' numbers (checked by a test), so they convert by value.</summary>
internal static class InspectionMapping
{
    public static Proto.Inspection ToProto(this Inspection inspection) => new()
    {
        Id = inspection.Id.ToString(),
        PromisorId = inspection.PromisorId,
        Kind = (Proto.InspectionKind)(int)inspection.Kind,
        Department = inspection.Department,
        Inspector = inspection.Inspector,
        InspectedAt = Timestamp.FromDateTimeOffset(inspection.InspectedAt),
        Notes = inspection.Notes,
        RecordedAt = Timestamp.FromDateTimeOffset(inspection.RecordedAt),
        RecordedBy = inspection.RecordedBy,
    };

    public static Proto.Finding ToProto(this Finding finding, DateTimeOffset now) => new()
    {
        Id = finding.Id.ToString(),
        InspectionId = finding.InspectionId.ToString(),
        PromisorId = finding.PromisorId,
        InspectionKind = (Proto.InspectionKind)(int)finding.InspectionKind,
        InspectedAt = Timestamp.FromDateTimeOffset(finding.InspectedAt),
        Class = (Proto.FindingClass)(int)finding.Class,
        Clause = finding.Clause,
        Description = finding.Description,
        Status = (Proto.FindingStatus)(int)finding.Status,
        Actions = { finding.Actions.Select(a => ToProto(a, now)) },
        RecordedAt = Timestamp.FromDateTimeOffset(finding.RecordedAt),
        ClosedAt = Optional(finding.ClosedAt),
        ClosedBy = finding.ClosedBy ?? string.Empty,
        ClosureNote = finding.ClosureNote ?? string.Empty,
        History = { finding.History.Select(ToProto) },
        Version = finding.Version,
    };

    private static Proto.CorrectiveAction ToProto(CorrectiveAction action, DateTimeOffset now) => new()
    {
        Id = action.Id.ToString(),
        Description = action.Description,
        Owner = action.Owner,
        DueAt = Timestamp.FromDateTimeOffset(action.DueAt),
        Status = (Proto.CorrectiveActionStatus)(int)action.Status,
        Overdue = action.IsOverdueAt(now),
        OverdueAt = Optional(action.OverdueAt),
        AddedAt = Timestamp.FromDateTimeOffset(action.AddedAt),
        ClosedAt = Optional(action.ClosedAt),
        ClosedBy = action.ClosedBy ?? string.Empty,
        Evidence = action.Evidence ?? string.Empty,
    };

    private static Proto.FindingHistoryEntry ToProto(FindingHistoryEntry entry) => new()
    {
        Sequence = entry.Sequence,
        At = Timestamp.FromDateTimeOffset(entry.At),
        Actor = entry.Actor,
        Action = entry.Action,
        Detail = entry.Detail,
        Status = (Proto.FindingStatus)(int)entry.Status,
    };

    private static Timestamp? Optional(DateTimeOffset? value) => value is { } at ? Timestamp.FromDateTimeOffset(at) : null;
}
