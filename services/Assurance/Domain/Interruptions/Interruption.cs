using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Interruptions;

/// <summary>
/// A continuous interruption of a promisor's system or service (clause 1.3): reported when it starts so
/// clause 4.2.1 can be judged while it goes on, ended when service is restored, and corrected with a reason
/// when a time, the cause or the scope was wrong. Its duration counts continuously (wall-clock time). Every
/// change checks the version the caller saw, is recorded on the history and raises a domain event.
/// </summary>
public sealed class Interruption : AggregateRoot
{
    // For EF Core.
    private Interruption()
    {
        RequestFingerprint = string.Empty;
        PromisorId = string.Empty;
        Scope = null!;
        Description = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The request id of the ReportInterruptionStarted call, so a retried call returns this interruption.</summary>
    public Guid RequestId { get; private set; }

    public string RequestFingerprint { get; private set; }

    public string PromisorId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>When service was restored; null while it goes on.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public InterruptionScope Scope { get; private set; }

    /// <summary>Only an interruption the promisor caused can be a major breach (4.2.1).</summary>
    public bool CausedByPromisor { get; private set; }

    public string Description { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public IReadOnlyList<InterruptionCorrection> Corrections { get; private set; } = [];

    public IReadOnlyList<InterruptionHistoryEntry> History { get; private set; } = [];

    /// <summary>Incremented by every change; the concurrency token.</summary>
    public long Version { get; private set; }

    public bool Ongoing => EndedAt is null;

    /// <summary>The continuous duration: to the end, or to <paramref name="now"/> while it goes on.</summary>
    public TimeSpan DurationAt(DateTimeOffset now) => (EndedAt ?? now) - StartedAt;

    /// <summary>Reports an interruption that started at <paramref name="startedAt"/> (never in the future).</summary>
    public static Interruption Report(
        Guid id, ClientRequest request, string? promisorId, DateTimeOffset startedAt, InterruptionScope scope, bool causedByPromisor, string? description, string? actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        var who = InterruptionText.Required(actor, "actor", InterruptionText.MaxShortText);
        var promisor = InterruptionText.Required(promisorId, "promisor_id", InterruptionText.MaxShortText);
        InterruptionTimes.NotInFuture(startedAt, now, "started_at");
        var interruption = new Interruption
        {
            Id = id,
            RequestId = request.Id,
            RequestFingerprint = request.Fingerprint,
            PromisorId = promisor,
            StartedAt = startedAt,
            Scope = scope,
            CausedByPromisor = causedByPromisor,
            Description = InterruptionText.Optional(description, "description", InterruptionText.MaxLongText),
            ReportedAt = now,
            Version = 1,
        };
        var cause = causedByPromisor ? "caused by the promisor" : "not caused by the promisor";
        interruption.Record(now, who, "Started", $"Started {startedAt:O}, {cause}; {scope}.");
        interruption.Raise(new InterruptionStartReported(interruption.Version, who, now));
        return interruption;
    }

    /// <summary>Refuses a report that reuses this interruption's request id for different content.</summary>
    public void EnsureReportedBy(ClientRequest request)
    {
        if (request.Id != RequestId || request.Fingerprint != RequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "interruption.request_id_reused", "request_id", $"request_id {request.Id} was already used to report interruption {Id} with different content; use a new request_id.");
        }
    }

    /// <summary>Service was restored at <paramref name="endedAt"/>: not before the start, never in the future, reported once.</summary>
    public void End(DateTimeOffset endedAt, string? note, string? actor, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion);
        var text = InterruptionText.Optional(note, "note", InterruptionText.MaxLongText);
        if (EndedAt is { } ended)
        {
            throw RuleViolationException.Precondition(
                "interruption.already_ended", "ended_at", $"Interruption {Id} already ended at {ended:O}; correct the end with CorrectInterruption.");
        }

        InterruptionTimes.NotInFuture(endedAt, now, "ended_at");
        InterruptionTimes.NotBeforeStart(endedAt, StartedAt, "ended_at");
        EndedAt = endedAt;
        Commit(now, who, "Ended", $"Ended {endedAt:O} after {DurationAt(now)}.{(text.Length > 0 ? " " + text : string.Empty)}", new InterruptionEndReported(Version + 1, who, now));
    }

    /// <summary>
    /// Corrects the start, the end (only once reported), the cause or the scope, with a reason. The corrected
    /// times obey the rules of a report (never in the future, the end not before the start), and the
    /// correction must change something.
    /// </summary>
    public void Correct(CorrectionRequest correction, string? reason, string? actor, long expectedVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(correction);
        var who = Begin(actor, expectedVersion);
        var why = InterruptionText.Required(reason, "reason", InterruptionText.MaxShortText);
        if (correction.EndedAt is not null && Ongoing)
        {
            throw RuleViolationException.Precondition(
                "interruption.not_ended", "ended_at", $"Interruption {Id} has not ended; report its end with ReportInterruptionEnded.");
        }

        var startedAt = correction.StartedAt ?? StartedAt;
        var endedAt = correction.EndedAt ?? EndedAt;
        InterruptionTimes.NotInFuture(startedAt, now, "started_at");
        if (endedAt is { } end)
        {
            InterruptionTimes.NotInFuture(end, now, "ended_at");
            InterruptionTimes.NotBeforeStart(end, startedAt, correction.EndedAt is null ? "started_at" : "ended_at");
        }

        var changes = Changes(correction, startedAt, endedAt);
        if (changes.Count == 0)
        {
            throw RuleViolationException.Precondition(
                "interruption.correction_changes_nothing", "interruption", $"The correction leaves interruption {Id} as it is; set started_at, ended_at, caused_by_promisor or scope to another value.");
        }

        StartedAt = startedAt;
        EndedAt = endedAt;
        CausedByPromisor = correction.CausedByPromisor ?? CausedByPromisor;
        Scope = correction.Scope ?? Scope;
        var made = new InterruptionCorrection(Corrections.Count + 1, now, who, why, changes);
        Corrections = [.. Corrections, made];
        var detail = string.Join("; ", changes.Select(c => $"{c.Field} {c.Before} → {c.After}"));
        Commit(now, who, "Corrected", $"{detail}: {why}", new InterruptionCorrectionMade(Version + 1, made, who, now));
    }

    private List<FieldChange> Changes(CorrectionRequest correction, DateTimeOffset startedAt, DateTimeOffset? endedAt)
    {
        var changes = new List<FieldChange>();
        if (startedAt != StartedAt)
        {
            changes.Add(new FieldChange(FieldChange.StartedAt, $"{StartedAt:O}", $"{startedAt:O}"));
        }

        if (endedAt != EndedAt)
        {
            changes.Add(new FieldChange(FieldChange.EndedAt, $"{EndedAt:O}", $"{endedAt:O}"));
        }

        if (correction.CausedByPromisor is { } caused && caused != CausedByPromisor)
        {
            changes.Add(new FieldChange(FieldChange.CausedByPromisor, Word(CausedByPromisor), Word(caused)));
        }

        if (correction.Scope is { } scope && !scope.SameAs(Scope))
        {
            changes.Add(new FieldChange(FieldChange.Scope, Scope.ToString(), scope.ToString()));
        }

        return changes;
    }

    private string Begin(string? actor, long expectedVersion)
    {
        var who = InterruptionText.Required(actor, "actor", InterruptionText.MaxShortText);
        if (expectedVersion != Version)
        {
            throw RuleViolationException.Conflict("version", $"Interruption {Id} is at version {Version}, not {expectedVersion}; read it again and retry.");
        }

        return who;
    }

    private void Commit(DateTimeOffset now, string actor, string action, string detail, InterruptionChanged change)
    {
        Version++;
        Record(now, actor, action, detail);
        Raise(change);
    }

    private void Record(DateTimeOffset at, string actor, string action, string detail) =>
        History = [.. History, new InterruptionHistoryEntry(History.Count + 1, at, actor, action, detail)];

    private static string Word(bool caused) => caused ? "caused by the promisor" : "not caused by the promisor";
}
