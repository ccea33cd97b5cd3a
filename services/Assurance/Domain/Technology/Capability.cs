using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Technology;

/// <summary>
/// A technology capability of a promisor (clause 3.3) and its status over time. Each status is a period
/// from its <c>since</c> to the next one's, so the status at any past instant can be answered; every change
/// checks the version the caller saw and is recorded on the history with its actor and time.
/// </summary>
public sealed class Capability
{
    // For EF Core.
    private Capability()
    {
        RequestFingerprint = string.Empty;
        PromisorId = string.Empty;
        Name = string.Empty;
        Description = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The request id of the RegisterCapability call, so a retried call returns this capability.</summary>
    public Guid RequestId { get; private set; }

    public string RequestFingerprint { get; private set; }

    public string PromisorId { get; private set; }

    public string Name { get; private set; }

    public CapabilityKind Kind { get; private set; }

    public string Description { get; private set; }

    /// <summary>The current status (that of the last period).</summary>
    public CapabilityStatus Status { get; private set; }

    /// <summary>Since when the current status holds.</summary>
    public DateTimeOffset Since { get; private set; }

    /// <summary>Since when it is in service: the first period's start.</summary>
    public DateTimeOffset InServiceSince { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>Every status period, oldest first; each lasts until the next one's <c>Since</c>.</summary>
    public IReadOnlyList<CapabilityStatusPeriod> StatusHistory { get; private set; } = [];

    public IReadOnlyList<CapabilityHistoryEntry> History { get; private set; } = [];

    /// <summary>Incremented by every change; the concurrency token.</summary>
    public long Version { get; private set; }

    /// <summary>Registers a capability in service from <paramref name="since"/> (never in the future) with <paramref name="status"/>.</summary>
    public static Capability Register(
        Guid id, ClientRequest request, string? promisorId, CapabilityDetails details, CapabilityStatus status, DateTimeOffset since, string? actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(details);
        var who = CapabilityText.Required(actor, "actor", CapabilityText.MaxShortText);
        var promisor = CapabilityText.Required(promisorId, "promisor_id", CapabilityText.MaxShortText);
        RequireStatus(status);
        RequireNotFuture(since, now);
        var capability = new Capability
        {
            Id = id,
            RequestId = request.Id,
            RequestFingerprint = request.Fingerprint,
            PromisorId = promisor,
            Name = details.Name,
            Kind = details.Kind,
            Description = details.Description,
            Status = status,
            Since = since,
            InServiceSince = since,
            RegisteredAt = now,
            StatusHistory = [new CapabilityStatusPeriod(1, status, since, now, who, "Registered")],
            Version = 1,
        };
        capability.Record(now, who, "Registered", $"{details.Name} ({details.Kind}), {Word(status)} since {since:O}.");
        return capability;
    }

    /// <summary>Refuses a registration that reuses this capability's request id for different content.</summary>
    public void EnsureRegisteredBy(ClientRequest request)
    {
        if (request.Id != RequestId || request.Fingerprint != RequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "capability.request_id_reused", "request_id", $"request_id {request.Id} was already used to register capability {Id} with different content; use a new request_id.");
        }
    }

    /// <summary>Changes the name, kind or description.</summary>
    public void Update(CapabilityDetails details, string? actor, long expectedVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var who = Begin(actor, expectedVersion);
        var before = $"{Name} ({Kind})";
        Name = details.Name;
        Kind = details.Kind;
        Description = details.Description;
        Commit(now, who, "Updated", $"{before} → {Name} ({Kind}).");
    }

    /// <summary>
    /// A new status from <paramref name="since"/> (default now): never in the future nor before the current
    /// status began, and different from it. The current status stays on the status history.
    /// </summary>
    public void ChangeStatus(CapabilityStatus status, DateTimeOffset? since, string? reason, string? actor, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion);
        RequireStatus(status);
        var why = CapabilityText.Required(reason, "reason", CapabilityText.MaxShortText);
        var from = since ?? now;
        RequireNotFuture(from, now);
        if (from < Since)
        {
            throw RuleViolationException.Invalid("since", $"since {from:O} is before the current status began ({Since:O}); a status change cannot rewrite an earlier period.");
        }

        if (status == Status)
        {
            throw RuleViolationException.Precondition("capability.same_status", "status", $"Capability {Name} is already {Word(status)} (since {Since:O}).");
        }

        var previous = Status;
        StatusHistory = [.. StatusHistory, new CapabilityStatusPeriod(StatusHistory.Count + 1, status, from, now, who, why)];
        Status = status;
        Since = from;
        Commit(now, who, "StatusChanged", $"{Word(previous)} → {Word(status)} since {from:O}: {why}");
    }

    /// <summary>The status period in force at <paramref name="at"/> (a period starts at its <c>since</c>), or null before the capability was in service.</summary>
    public CapabilityStatusPeriod? PeriodAt(DateTimeOffset at) => StatusHistory.LastOrDefault(p => p.Since <= at);

    private string Begin(string? actor, long expectedVersion)
    {
        var who = CapabilityText.Required(actor, "actor", CapabilityText.MaxShortText);
        if (expectedVersion != Version)
        {
            throw RuleViolationException.Conflict("version", $"Capability {Id} is at version {Version}, not {expectedVersion}; read it again and retry.");
        }

        return who;
    }

    private void Commit(DateTimeOffset now, string actor, string action, string detail)
    {
        Version++;
        Record(now, actor, action, detail);
    }

    private void Record(DateTimeOffset at, string actor, string action, string detail) =>
        History = [.. History, new CapabilityHistoryEntry(History.Count + 1, at, actor, action, detail)];

    private static void RequireStatus(CapabilityStatus status)
    {
        if (!Enum.IsDefined(status))
        {
            throw RuleViolationException.Invalid("status", "status is required: OPERATIONAL, DEGRADED or RETIRED.");
        }
    }

    private static void RequireNotFuture(DateTimeOffset since, DateTimeOffset now)
    {
        if (since > now)
        {
            throw RuleViolationException.Invalid("since", $"since {since:O} is in the future; record a status when it begins.");
        }
    }

    private static string Word(CapabilityStatus status) => status.ToString().ToLowerInvariant();
}
