using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Inspections;

/// <summary>
/// A daily check or spot check of the promisor's service interactions by the responsible department (part 2,
/// clause 3.1). What it found are <see cref="Finding"/>s, each its own aggregate.
/// </summary>
public sealed class Inspection
{
    /// <summary>Most findings one inspection may be recorded with at once.</summary>
    public const int MaxFindingsAtOnce = 100;

    // For EF Core.
    private Inspection()
    {
        RequestFingerprint = string.Empty;
        PromisorId = string.Empty;
        Department = string.Empty;
        Inspector = string.Empty;
        Notes = string.Empty;
        RecordedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The request id of the RecordInspection call, so a retried call returns this inspection.</summary>
    public Guid RequestId { get; private set; }

    public string RequestFingerprint { get; private set; }

    public string PromisorId { get; private set; }

    public InspectionKind Kind { get; private set; }

    /// <summary>The responsible department.</summary>
    public string Department { get; private set; }

    public string Inspector { get; private set; }

    public DateTimeOffset InspectedAt { get; private set; }

    public string Notes { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; }

    /// <summary>Records an inspection that took place at <paramref name="inspectedAt"/> (not in the future).</summary>
    public static Inspection Record(
        Guid id,
        ClientRequest request,
        string? promisorId,
        InspectionKind kind,
        string? department,
        string? inspector,
        DateTimeOffset? inspectedAt,
        string? notes,
        string? actor,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inspection = new Inspection
        {
            Id = id,
            RequestId = request.Id,
            RequestFingerprint = request.Fingerprint,
            PromisorId = InspectionText.PromisorId(promisorId),
            Kind = Enum.IsDefined(kind) ? kind : throw RuleViolationException.Invalid("kind", "kind is required: DAILY_CHECK or SPOT_CHECK."),
            Department = InspectionText.Required(department, "department", InspectionText.MaxShortText),
            Inspector = InspectionText.Required(inspector, "inspector", InspectionText.MaxShortText),
            InspectedAt = inspectedAt ?? throw RuleViolationException.Invalid("inspected_at", "inspected_at is required."),
            Notes = InspectionText.Optional(notes, "notes", InspectionText.MaxLongText),
            RecordedBy = InspectionText.Required(actor, "actor", InspectionText.MaxShortText),
            RecordedAt = now,
        };
        if (inspection.InspectedAt > now)
        {
            throw RuleViolationException.Invalid("inspected_at", $"inspected_at {inspection.InspectedAt:O} is in the future; record an inspection once it took place.");
        }

        return inspection;
    }

    /// <summary>Refuses a record request that reuses this inspection's request id for different content.</summary>
    public void EnsureRecordedBy(ClientRequest request)
    {
        if (request.Id != RequestId || request.Fingerprint != RequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "inspection.request_id_reused", "request_id", $"request_id {request.Id} was already used to record inspection {Id} with different content; use a new request_id.");
        }
    }
}
