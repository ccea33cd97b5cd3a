using Platform.Complaints.Domain.Clocks;
using Platform.SharedKernel;

namespace Platform.Complaints.Domain;

/// <summary>
/// A customer complaint (clause 1.4) under an agreement, with the clocks of clause 2.3.1 and, when major, the
/// resolution deadline of 4.2.2. Every change checks the status and the version the caller saw, is recorded
/// on the history with its actor and time, and raises a domain event the adapter publishes.
/// </summary>
public sealed partial class Complaint : AggregateRoot
{
    /// <summary>The actor of automatic steps (clock checks, closing after the quiet period).</summary>
    public const string SystemActor = "system";

    private static readonly ComplaintStatus[] s_open = [ComplaintStatus.Received, ComplaintStatus.Acknowledged, ComplaintStatus.InProgress, ComplaintStatus.Reopened];
    private static readonly ComplaintStatus[] s_answered = [ComplaintStatus.Acknowledged, ComplaintStatus.InProgress, ComplaintStatus.Reopened];

    // For EF Core.
    private Complaint()
    {
        RequestFingerprint = string.Empty;
        Channel = null!;
        Subject = string.Empty;
        Description = string.Empty;
        Category = string.Empty;
        Contact = null!;
        Terms = null!;
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    /// <summary>The request id of the FileComplaint call, so a retried call returns this complaint.</summary>
    public Guid RequestId { get; private set; }

    public string RequestFingerprint { get; private set; }

    public Channel Channel { get; private set; }

    public string Subject { get; private set; }

    public string Description { get; private set; }

    public string Category { get; private set; }

    public ComplaintSeverity Severity { get; private set; }

    /// <summary>What the customer complained about, as one value.</summary>
    public ComplaintDetails Details => new(Channel, Subject, Description, Category, Severity);

    public SealedContact Contact { get; private set; }

    public ComplaintStatus Status { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateTimeOffset FiledAt { get; private set; }

    /// <summary>The terms in force at <see cref="ReceivedAt"/>; the clocks follow them whatever is amended later.</summary>
    public ComplaintTerms Terms { get; private set; }

    /// <summary>The most working time of waits on the customer credited to the clocks, fixed when filed.</summary>
    public TimeSpan PauseCap { get; private set; }

    public IReadOnlyList<ComplaintClock> Clocks { get; private set; } = [];

    public IReadOnlyList<Pause> Pauses { get; private set; } = [];

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public IReadOnlyList<ResolutionSpan> Resolutions { get; private set; } = [];

    public string? Solution { get; private set; }

    public bool SolutionBelowStandard { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Open with a clock missed and not answered since: what an "overdue" listing shows.</summary>
    public bool Overdue { get; private set; }

    /// <summary>When the clocks next need a look (a threshold or a due time), or null when none runs.</summary>
    public DateTimeOffset? NextClockCheckAt { get; private set; }

    /// <summary>
    /// The earliest due time of a running clock, if the customer never answers a wait in progress (its credit
    /// runs to the cap), or null when none runs: a running clock past it is overdue before any check marks it
    /// missed. See <see cref="IsOverdueAt"/>.
    /// </summary>
    public DateTimeOffset? NextDueAt { get; private set; }

    /// <summary>
    /// When the most urgent clock that needs a handler is due: the earliest due time among the missed clocks not
    /// answered since and the running clocks at risk (a check found half their time or more used); null when the
    /// complaint is not open or no clock needs a handler. ListComplaints(at_risk_only) lists by it, most urgent first.
    /// </summary>
    public DateTimeOffset? AtRiskDueAt { get; private set; }

    /// <summary>Incremented by every change; the concurrency token.</summary>
    public long Version { get; private set; }

    public bool AwaitingCustomer => Pauses.Count > 0 && Pauses[^1].IsOpen;

    /// <summary>
    /// Files a complaint received at <paramref name="receivedAt"/> (now, or earlier for a written complaint
    /// logged later; never in the future) and starts its clocks by <paramref name="terms"/>. A clock whose
    /// due time already passed is missed at once.
    /// </summary>
    public static Complaint File(
        Guid id,
        Guid agreementId,
        ClientRequest request,
        ComplaintDetails details,
        SealedContact contact,
        DateTimeOffset receivedAt,
        ComplaintTerms terms,
        TimeSpan pauseCap,
        string actor,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(terms);
        if (receivedAt > now)
        {
            throw RuleViolationException.Invalid("received_at", $"received_at {receivedAt:O} is in the future; a complaint is logged when or after it is received.");
        }

        var complaint = new Complaint
        {
            Id = id,
            AgreementId = agreementId,
            RequestId = request.Id,
            RequestFingerprint = request.Fingerprint,
            Channel = details.Channel,
            Subject = details.Subject,
            Description = details.Description,
            Category = details.Category,
            Severity = details.Severity,
            Contact = contact,
            Status = ComplaintStatus.Received,
            ReceivedAt = receivedAt,
            FiledAt = now,
            Terms = terms.Validated(),
            PauseCap = pauseCap < TimeSpan.Zero ? TimeSpan.Zero : pauseCap,
            Version = 1,
        };
        var clocks = new List<ComplaintClock>
        {
            ComplaintClock.Start(ClockKind.FirstResponse, 1, receivedAt, terms),
            ComplaintClock.Start(ClockKind.SolutionOrUpdate, 1, receivedAt, terms),
        };
        if (details.Severity == ComplaintSeverity.Major)
        {
            clocks.Add(ComplaintClock.Start(ClockKind.MajorResolution, 1, receivedAt, terms));
        }

        complaint.Clocks = clocks;
        var who = ComplaintText.Required(actor, "actor", ComplaintText.MaxShortText);
        complaint.Record(now, who, "Filed", $"Received {receivedAt:O} by {details.Channel}, {details.Severity.ToString().ToLowerInvariant()}; terms version {terms.Version}.");
        complaint.Raise(new ComplaintFiled(complaint.Version, who, now));
        complaint.CheckClocks(now);
        complaint.Settle();
        return complaint;
    }

    /// <summary>Refuses a file request that reuses this complaint's request id for different content.</summary>
    public void EnsureFiledBy(ClientRequest request)
    {
        if (request.Id != RequestId || request.Fingerprint != RequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "complaint.request_id_reused", "request_id", $"request_id {request.Id} was already used to file complaint {Id} with different content; use a new request_id.");
        }
    }

    /// <summary>The first response (clause 2.3.1): meets the first-response clock.</summary>
    public void Acknowledge(string actor, string? message, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion, now, "acknowledged", ComplaintStatus.Received);
        var text = ComplaintText.Optional(message, "message", ComplaintText.MaxLongText);
        var inTime = Meet(ClockKind.FirstResponse, now);
        Status = ComplaintStatus.Acknowledged;
        Commit(now, who, "Acknowledged", text, new ComplaintAcknowledged(Version + 1, who, inTime, now));
    }

    /// <summary>A progress update: meets the running solution-or-update clock and restarts it from now.</summary>
    public void PostProgressUpdate(string actor, string? text, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion, now, "updated", s_answered);
        var update = ComplaintText.Required(text, "text", ComplaintText.MaxLongText);
        var inTime = Meet(ClockKind.SolutionOrUpdate, now);
        RestartSolutionClock(now);
        Status = ComplaintStatus.InProgress;
        Commit(now, who, "ProgressUpdated", update, new ComplaintProgressUpdated(Version + 1, who, inTime, now));
    }

    /// <summary>The complaint waits on the customer: the clocks pause, citing the message sent.</summary>
    public void AwaitCustomer(string actor, string? citedMessage, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion, now, "put on hold", s_answered);
        var cited = ComplaintText.Required(citedMessage, "cited_message", ComplaintText.MaxLongText);
        if (AwaitingCustomer)
        {
            throw RuleViolationException.Precondition(
                "complaint.already_awaiting_customer", "complaint.awaiting_customer", $"Complaint {Id} already waits on the customer since {Pauses[^1].StartedAt:O}.");
        }

        var left = PauseCap - PauseLedger.Spans(Pauses, PauseCap, Terms.Calendar, now).Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Credited);
        Pauses = [.. Pauses, new Pause(now, null, cited, who)];
        Commit(now, who, "AwaitingCustomer", $"{cited} (pause credit left: {left})", null);
    }

    /// <summary>The customer answered: the pause ends.</summary>
    public void CustomerReplied(string actor, string? note, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion, now, "resumed", s_answered);
        var text = ComplaintText.Optional(note, "note", ComplaintText.MaxLongText);
        if (!AwaitingCustomer)
        {
            throw RuleViolationException.Precondition("complaint.not_awaiting_customer", "complaint.awaiting_customer", $"Complaint {Id} is not waiting on the customer.");
        }

        EndPause(now);
        Commit(now, who, "CustomerReplied", text, null);
    }

    /// <summary>Normal ↔ major: the major-resolution clock is started from the received time, or stopped.</summary>
    public void ChangeSeverity(string actor, ComplaintSeverity severity, string? reason, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion, now, "reclassified", s_open);
        var why = ComplaintText.Required(reason, "reason", ComplaintText.MaxShortText);
        if (!Enum.IsDefined(severity))
        {
            throw RuleViolationException.Invalid("severity", "severity is required: NORMAL or MAJOR.");
        }

        if (severity == Severity)
        {
            throw RuleViolationException.Precondition("complaint.same_severity", "severity", $"Complaint {Id} is already {severity.ToString().ToLowerInvariant()}.");
        }

        var previous = Severity;
        Severity = severity;
        var major = Clocks.FirstOrDefault(c => c.Kind == ClockKind.MajorResolution);
        if (severity == ComplaintSeverity.Major)
        {
            var restarted = major is null
                ? ComplaintClock.Start(ClockKind.MajorResolution, 1, ReceivedAt, Terms)
                : major.State == ClockState.Stopped ? major.Resumed() : major;
            Clocks = [.. Clocks.Where(c => c.Kind != ClockKind.MajorResolution), restarted];
        }
        else if (major is { IsRunning: true })
        {
            Replace(major.Stopped(now));
        }

        Commit(now, who, "SeverityChanged", $"{previous} → {severity}: {why}", null);

        // A major-resolution time that already passed is missed at once.
        if (CheckClocks(now))
        {
            Settle();
        }
    }

    /// <summary>The solution: meets every running clock for good. A solution judged clearly below industry standard is flagged (clause 4.2.2).</summary>
    public void Resolve(string actor, string? solution, bool belowIndustryStandard, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion, now, "resolved", s_open);
        var text = ComplaintText.Required(solution, "solution", ComplaintText.MaxLongText);
        foreach (var kind in Enum.GetValues<ClockKind>())
        {
            Meet(kind, now);
        }

        EndPause(now);
        Status = ComplaintStatus.Resolved;
        Solution = text;
        SolutionBelowStandard = belowIndustryStandard;
        ResolvedAt = now;
        Resolutions = [.. Resolutions, new ResolutionSpan(now, null)];
        Commit(now, who, belowIndustryStandard ? "ResolvedBelowStandard" : "Resolved", text, new ComplaintResolved(Version + 1, who, belowIndustryStandard, now));
    }

    /// <summary>The customer confirmed the solution.</summary>
    public void Close(string actor, string? confirmation, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion, now, "closed", ComplaintStatus.Resolved);
        var text = ComplaintText.Required(confirmation, "confirmation", ComplaintText.MaxLongText);
        Status = ComplaintStatus.Closed;
        ClosedAt = now;
        Commit(now, who, "Closed", text, new ComplaintClosed(Version + 1, who, false, now));
    }

    /// <summary>Closes a complaint resolved at least <paramref name="quietPeriod"/> ago; false when there is nothing to do.</summary>
    public bool CloseAfterQuietPeriod(TimeSpan quietPeriod, DateTimeOffset now)
    {
        if (Status != ComplaintStatus.Resolved || ResolvedAt is not { } resolvedAt || now < resolvedAt + quietPeriod)
        {
            return false;
        }

        Status = ComplaintStatus.Closed;
        ClosedAt = now;
        Commit(now, SystemActor, "Closed", $"No reply in the quiet period of {quietPeriod} after the solution.", new ComplaintClosed(Version + 1, SystemActor, true, now));
        return true;
    }

    /// <summary>The customer is not satisfied: the solution-or-update clock runs again from now.</summary>
    public void Reopen(string actor, string? reason, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion, now, "reopened", ComplaintStatus.Resolved);
        var why = ComplaintText.Required(reason, "reason", ComplaintText.MaxShortText);
        Resolutions = [.. Resolutions.Take(Resolutions.Count - 1), Resolutions[^1] with { ReopenedAt = now }];
        RestartSolutionClock(now);
        Status = ComplaintStatus.Reopened;
        ResolvedAt = null;
        Commit(now, who, "Reopened", why, new ComplaintReopened(Version + 1, who, now));
    }

    /// <summary>The customer withdrew the complaint: its clocks stop.</summary>
    public void Withdraw(string actor, string? reason, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion, now, "withdrawn", s_open);
        var why = ComplaintText.Optional(reason, "reason", ComplaintText.MaxShortText);
        Clocks = [.. Clocks.Select(c => c.IsRunning ? c.Stopped(now) : c)];
        EndPause(now);
        Status = ComplaintStatus.Withdrawn;
        WithdrawnAt = now;
        Commit(now, who, "Withdrawn", why, new ComplaintWithdrawn(Version + 1, who, now));
    }

    /// <summary>Checks the actor, version and status of a change, and settles the clocks up to now first.</summary>
    private string Begin(string actor, long expectedVersion, DateTimeOffset now, string action, params ComplaintStatus[] allowed)
    {
        var who = ComplaintText.Required(actor, "actor", ComplaintText.MaxShortText);
        if (expectedVersion != Version)
        {
            throw RuleViolationException.Conflict("version", $"Complaint {Id} is at version {Version}, not {expectedVersion}; read it again and retry.");
        }

        if (!allowed.Contains(Status))
        {
            var expected = string.Join(", ", allowed.Select(s => s.ToString().ToLowerInvariant()));
            throw RuleViolationException.Precondition(
                $"complaint.cannot_be_{action.Replace(' ', '_')}",
                "complaint.status",
                $"Complaint {Id} is {Status.ToString().ToLowerInvariant()}; only a complaint that is {expected} can be {action}.");
        }

        // A clock due before this change is missed first: an answer at or after the due time is late.
        CheckClocks(now);
        return who;
    }

    private void Commit(DateTimeOffset now, string actor, string action, string detail, ComplaintChanged? change)
    {
        Version++;
        Record(now, actor, action, detail);
        if (change is not null)
        {
            Raise(change);
        }

        Settle();
    }

    private void Record(DateTimeOffset at, string actor, string action, string detail) =>
        History = [.. History, new HistoryEntry(History.Count + 1, at, actor, action, detail, Status)];
}
