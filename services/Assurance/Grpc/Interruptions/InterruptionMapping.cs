using Google.Protobuf.WellKnownTypes;
using Platform.Assurance.Domain.Interruptions;
using Proto = Platform.Contracts.Assurance.V1;

namespace Platform.Assurance.Grpc.Interruptions;

/// <summary>Domain → wire, with the duration as of the time of the answer.</summary>
internal static class InterruptionMapping
{
    public static Proto.Interruption ToProto(this Interruption interruption, DateTimeOffset now) => new()
    {
        Id = interruption.Id.ToString(),
        PromisorId = interruption.PromisorId,
        StartedAt = Timestamp.FromDateTimeOffset(interruption.StartedAt),
        EndedAt = interruption.EndedAt is { } ended ? Timestamp.FromDateTimeOffset(ended) : null,
        Ongoing = interruption.Ongoing,
        Duration = Duration.FromTimeSpan(interruption.DurationAt(now)),
        Scope = ToProto(interruption.Scope),
        CausedByPromisor = interruption.CausedByPromisor,
        Description = interruption.Description,
        ReportedAt = Timestamp.FromDateTimeOffset(interruption.ReportedAt),
        Corrections = { interruption.Corrections.Select(ToProto) },
        History = { interruption.History.Select(ToProto) },
        Version = interruption.Version,
    };

    private static Proto.InterruptionScope ToProto(InterruptionScope scope) => new()
    {
        AffectedServices = { scope.AffectedServices },
        AffectedAgreementIds = { scope.AffectedAgreementIds.Select(id => id.ToString()) },
        AllActiveAgreementsOfPromisor = scope.AllActiveAgreementsOfPromisor,
    };

    private static Proto.InterruptionCorrection ToProto(InterruptionCorrection correction) => new()
    {
        Sequence = correction.Sequence,
        At = Timestamp.FromDateTimeOffset(correction.At),
        Actor = correction.Actor,
        Reason = correction.Reason,
        Changes = { correction.Changes.Select(c => new Proto.InterruptionFieldChange { Field = c.Field, Before = c.Before, After = c.After }) },
    };

    private static Proto.InterruptionHistoryEntry ToProto(InterruptionHistoryEntry entry) => new()
    {
        Sequence = entry.Sequence,
        At = Timestamp.FromDateTimeOffset(entry.At),
        Actor = entry.Actor,
        Action = entry.Action,
        Detail = entry.Detail,
    };
}
