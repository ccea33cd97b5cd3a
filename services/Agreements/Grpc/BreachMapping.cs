using Google.Protobuf.WellKnownTypes;
using Platform.Agreements.Domain.Breaches;
using Platform.SharedKernel;
using Proto = Platform.Contracts.Agreements.V1;

namespace Platform.Agreements.Grpc;

internal static class BreachMapping
{
    public static Proto.Breach ToProto(this Breach breach) => new()
    {
        Id = breach.Id.ToString(),
        AgreementId = breach.AgreementId.ToString(),
        Clause = breach.Clause.Number,
        Severity = ToProto(breach.Severity),
        Evidence = new Proto.BreachEvidence
        {
            Kind = breach.Evidence.Kind switch
            {
                EvidenceKind.Complaint => Proto.EvidenceKind.Complaint,
                EvidenceKind.ResolutionPeriod => Proto.EvidenceKind.ResolutionPeriod,
                EvidenceKind.Interruption => Proto.EvidenceKind.Interruption,
                EvidenceKind.Survey => Proto.EvidenceKind.Survey,
                _ => Proto.EvidenceKind.Unspecified,
            },
            Id = breach.Evidence.Id,
        },
        Description = breach.Description,
        FactAt = Timestamp.FromDateTimeOffset(breach.FactAt),
        DetectedAt = Timestamp.FromDateTimeOffset(breach.DetectedAt),
        Status = ToProto(breach.Status),
        ReclassificationReason = breach.ReclassificationReason ?? string.Empty,
        DisputeId = breach.DisputeId?.ToString() ?? string.Empty,
        Version = breach.Version,
        UpdatedAt = Timestamp.FromDateTimeOffset(breach.UpdatedAt),
    };

    public static BreachStatus? ToDomain(this Proto.BreachStatus status) => status switch
    {
        Proto.BreachStatus.Unspecified => null,
        Proto.BreachStatus.Open => BreachStatus.Open,
        Proto.BreachStatus.Acknowledged => BreachStatus.Acknowledged,
        Proto.BreachStatus.Remedied => BreachStatus.Remedied,
        Proto.BreachStatus.Disputed => BreachStatus.Disputed,
        Proto.BreachStatus.Settled => BreachStatus.Settled,
        _ => throw RuleViolationException.Invalid("status", "status is not a known breach status."),
    };

    public static BreachSeverity? ToDomain(this Proto.BreachSeverity severity) => severity switch
    {
        Proto.BreachSeverity.Unspecified => null,
        Proto.BreachSeverity.Minor => BreachSeverity.Minor,
        Proto.BreachSeverity.Major => BreachSeverity.Major,
        _ => throw RuleViolationException.Invalid("severity", "severity must be MINOR or MAJOR."),
    };

    private static Proto.BreachSeverity ToProto(BreachSeverity severity) =>
        severity == BreachSeverity.Major ? Proto.BreachSeverity.Major : Proto.BreachSeverity.Minor;

    private static Proto.BreachStatus ToProto(BreachStatus status) => status switch
    {
        BreachStatus.Open => Proto.BreachStatus.Open,
        BreachStatus.Acknowledged => Proto.BreachStatus.Acknowledged,
        BreachStatus.Remedied => Proto.BreachStatus.Remedied,
        BreachStatus.Disputed => Proto.BreachStatus.Disputed,
        BreachStatus.Settled => Proto.BreachStatus.Settled,
        _ => Proto.BreachStatus.Unspecified,
    };
}
