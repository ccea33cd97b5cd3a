using Platform.SharedKernel;

namespace Platform.Disputes.Domain;

/// <summary>
/// A dispute between the customer and the promisor under an agreement, carried through clause 5: negotiation
/// (5.1), arbitration (5.2) and litigation (5.3). Every change checks the version the caller saw, refuses a
/// closed case, is recorded on the append-only timeline with its actor and time, and raises a domain event.
/// Any named officer may act on a case (the assigned officer is who is responsible, not a lock); stage changes
/// need an officer assigned and record who acted.
/// </summary>
public sealed partial class Dispute : AggregateRoot
{
    /// <summary>The actor of automatic steps (the negotiation deadline).</summary>
    public const string SystemActor = "system";

    // For EF Core.
    private Dispute()
    {
        RequestFingerprint = string.Empty;
        Claimant = null!;
        Respondent = null!;
        Subject = string.Empty;
        Terms = null!;
    }

    public Guid Id { get; private set; }

    public Guid AgreementId { get; private set; }

    /// <summary>The request id of the OpenDispute call, so a retried call returns this case.</summary>
    public Guid RequestId { get; private set; }

    public string RequestFingerprint { get; private set; }

    public Party Claimant { get; private set; }

    public Party Respondent { get; private set; }

    public string Subject { get; private set; }

    public IReadOnlyList<Claim> Claims { get; private set; } = [];

    public IReadOnlyList<Guid> BreachIds { get; private set; } = [];

    public IReadOnlyList<Guid> ComplaintIds { get; private set; } = [];

    /// <summary>The terms in force at <see cref="OpenedAt"/>; the case follows them whatever is amended later.</summary>
    public DisputeTerms Terms { get; private set; }

    public DisputeStage Stage { get; private set; }

    /// <summary>Open, or the outcome: settled, awarded, judged or withdrawn.</summary>
    public DisputeStatus Status { get; private set; }

    public bool IsClosed => Status != DisputeStatus.Open;

    public NegotiationState NegotiationState { get; private set; }

    /// <summary>When written negotiation began: the opening, or an earlier instant the case was logged after.</summary>
    public DateTimeOffset NegotiationStartedAt { get; private set; }

    /// <summary><see cref="NegotiationStartedAt"/> plus the terms' negotiation period in calendar days, in UTC.</summary>
    public DateTimeOffset NegotiationDeadline { get; private set; }

    public string? AssignedOfficer { get; private set; }

    public IReadOnlyList<Submission> Submissions { get; private set; } = [];

    public string? SettlementTerms { get; private set; }

    public ArbitrationProceeding? Arbitration { get; private set; }

    public LitigationProceeding? Litigation { get; private set; }

    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Incremented by every change; the concurrency token.</summary>
    public long Version { get; private set; }

    /// <summary>
    /// Opens a case in negotiation at <paramref name="now"/>. Negotiation began at
    /// <paramref name="negotiationStartedAt"/> (never after <paramref name="now"/>), and its deadline is that
    /// instant plus the negotiation period of <paramref name="terms"/>; a deadline already past makes the case
    /// expire at once, eligible for arbitration.
    /// </summary>
    public static Dispute Open(
        Guid id, Guid agreementId, ClientRequest request, DisputeDetails details, DisputeTerms terms, string actor, DateTimeOffset negotiationStartedAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(terms);
        var who = DisputeText.Required(actor, "actor", DisputeText.MaxShortText);
        if (negotiationStartedAt > now)
        {
            throw RuleViolationException.Invalid(
                "negotiation_started_at", $"negotiation_started_at {DisputeText.Instant(negotiationStartedAt)} is in the future; negotiation cannot have begun after {DisputeText.Instant(now)}.");
        }

        var inForce = terms.Validated();
        var dispute = new Dispute
        {
            Id = id,
            AgreementId = agreementId,
            RequestId = request.Id,
            RequestFingerprint = request.Fingerprint,
            Claimant = details.Claimant,
            Respondent = details.Respondent,
            Subject = details.Subject,
            Claims = details.Claims,
            BreachIds = details.BreachIds,
            ComplaintIds = details.ComplaintIds,
            Terms = inForce,
            Stage = DisputeStage.Negotiation,
            Status = DisputeStatus.Open,
            NegotiationState = NegotiationState.Open,
            NegotiationStartedAt = negotiationStartedAt.ToUniversalTime(),
            NegotiationDeadline = negotiationStartedAt.ToUniversalTime().AddDays(inForce.NegotiationMaxDays),
            OpenedAt = now,
        };
        dispute.Commit(
            now,
            who,
            "Opened",
            $"{details.Claimant.Name} against {details.Respondent.Name}: {details.Subject}; terms version {inForce.TermsVersion}; negotiation {Began(dispute, now)}open until {DisputeText.Instant(dispute.NegotiationDeadline)}.",
            new DisputeOpened(1, who, dispute.NegotiationDeadline, now));
        return dispute;
    }

    private static string Began(Dispute dispute, DateTimeOffset now) =>
        dispute.NegotiationStartedAt < now ? $"began {DisputeText.Instant(dispute.NegotiationStartedAt)}, " : string.Empty;

    /// <summary>Refuses an open request that reuses this case's request id for different content.</summary>
    public void EnsureOpenedBy(ClientRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Id != RequestId || request.Fingerprint != RequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "dispute.request_id_reused", "request_id", $"request_id {request.Id} was already used to open dispute {Id} with different content; use a new request_id.");
        }
    }

    /// <summary>Assigns the dispute officer responsible for the case; reassigning names someone else.</summary>
    public void AssignOfficer(string actor, string officer, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion);
        var assigned = DisputeText.Required(officer, "officer", DisputeText.MaxShortText);
        if (string.Equals(assigned, AssignedOfficer, StringComparison.Ordinal))
        {
            throw RuleViolationException.Precondition("dispute.officer_already_assigned", "dispute.assigned_officer", $"{assigned} is already the officer of dispute {Id}.");
        }

        var previous = AssignedOfficer;
        AssignedOfficer = assigned;
        Commit(now, who, "OfficerAssigned", previous is null ? assigned : $"{previous} → {assigned}", new OfficerAssigned(Version + 1, who, assigned, now));
    }

    /// <summary>The claimant withdrew the dispute, at any open stage; the case closes as withdrawn.</summary>
    public void Withdraw(string actor, string reason, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion);
        var why = DisputeText.Required(reason, "reason", DisputeText.MaxShortText);
        Close(DisputeStatus.Withdrawn, now);
        Commit(now, who, "Withdrawn", why, new DisputeWithdrawn(Version + 1, who, now));
    }

    /// <summary>Checks the version the caller saw, the actor, and that the case is still open.</summary>
    private string Begin(string actor, long expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw RuleViolationException.Conflict("version", $"Dispute {Id} is at version {Version}, not {expectedVersion}; another officer changed it first. Read it again and retry.");
        }

        var who = DisputeText.Required(actor, "actor", DisputeText.MaxShortText);
        if (IsClosed)
        {
            throw RuleViolationException.Precondition(
                "dispute.closed", "dispute.status", $"Dispute {Id} is closed as {StatusText}; a closed case is read-only.");
        }

        return who;
    }

    /// <summary>Stage changes need an officer assigned to the case (the acting officer is named by the caller).</summary>
    private void RequireAssignedOfficer(string move)
    {
        if (AssignedOfficer is null)
        {
            throw RuleViolationException.Precondition(
                "dispute.no_officer", "dispute.assigned_officer", $"Dispute {Id} has no assigned officer; assign a dispute officer before it {move}.");
        }
    }

    private void Close(DisputeStatus outcome, DateTimeOffset now)
    {
        Status = outcome;
        ClosedAt = now;
    }

    private string StatusText => Status.ToString().ToLowerInvariant();

    private string StageText => Stage.ToString().ToLowerInvariant();

    private void Commit(DateTimeOffset now, string actor, string action, string detail, DisputeChanged change)
    {
        Version++;
        Record(now, actor, action, detail);
        Raise(change);
    }

    private void Record(DateTimeOffset at, string actor, string action, string detail) =>
        Timeline = [.. Timeline, new TimelineEntry(Timeline.Count + 1, at, actor, action, detail, Stage, Status)];
}
