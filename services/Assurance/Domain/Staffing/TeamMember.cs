using Platform.SharedKernel;

namespace Platform.Assurance.Domain.Staffing;

/// <summary>
/// A member of a promisor's dedicated team (clause 3.2). Changes check the version the caller saw and are
/// recorded on the history; each returns its effective time, from which the team is judged again.
/// </summary>
public sealed class TeamMember
{
    // For EF Core.
    private TeamMember()
    {
        PromisorId = string.Empty;
        RequestFingerprint = string.Empty;
        Name = string.Empty;
        Role = string.Empty;
    }

    public Guid Id { get; private set; }

    public string PromisorId { get; private set; }

    /// <summary>The request id of the addition, so a retried call returns this member.</summary>
    public Guid RequestId { get; private set; }

    public string RequestFingerprint { get; private set; }

    public string Name { get; private set; }

    public string Role { get; private set; }

    public bool IsCore { get; private set; }

    public decimal ExperienceYears { get; private set; }

    public DateTimeOffset ExperienceAsOf { get; private set; }

    public IndustryExperience Experience => new(ExperienceYears, ExperienceAsOf);

    public DateTimeOffset JoinedAt { get; private set; }

    public DateTimeOffset? LeftAt { get; private set; }

    public IReadOnlyList<StaffingHistoryEntry> History { get; private set; } = [];

    /// <summary>Incremented by every change; the concurrency token.</summary>
    public long Version { get; private set; }

    public TeamMemberDetails Details => new(Name, Role, IsCore, Experience, JoinedAt);

    public static TeamMember Add(Guid id, string promisorId, ClientRequest request, TeamMemberDetails details, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(details);
        var member = new TeamMember
        {
            Id = id,
            PromisorId = StaffingText.PromisorId(promisorId),
            RequestId = request.Id,
            RequestFingerprint = request.Fingerprint,
            Version = 1,
        };
        member.Apply(details);
        member.Record(now, StaffingText.Actor(actor), "Added", details.ToString());
        return member;
    }

    /// <summary>Refuses an addition that reuses this member's request id for different content.</summary>
    public void EnsureAddedBy(ClientRequest request)
    {
        if (request.Id != RequestId || request.Fingerprint != RequestFingerprint)
        {
            throw RuleViolationException.AlreadyExists(
                "staffing.request_id_reused", "request_id", $"request_id {request.Id} was already used to add team member {Id} with different content; use a new request_id.");
        }
    }

    /// <summary>Replaces the details; effective from the earlier joining date when that moved, else from now.</summary>
    public DateTimeOffset Change(TeamMemberDetails details, string? reason, string actor, long expectedVersion, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        var who = Begin(actor, expectedVersion);
        var why = StaffingText.Required(reason, "reason", StaffingText.MaxLongText);
        if (LeftAt is { } left && details.JoinedAt >= left)
        {
            throw RuleViolationException.Invalid("joined_at", $"joined_at must be before the recorded leaving at {left:O}.");
        }

        if (details == Details)
        {
            throw RuleViolationException.Precondition("staffing.member_unchanged", "team_member", $"Team member {Id} already has these details.");
        }

        var effective = details.JoinedAt == JoinedAt ? now : Min(Min(details.JoinedAt, JoinedAt), now);
        var before = Details;
        Apply(details);
        Commit(now, who, "Changed", $"{before} → {details}: {why}");
        return effective;
    }

    /// <summary>The member leaves (or left) at <paramref name="leftAt"/>, which may be in the future; effective then.</summary>
    public DateTimeOffset RecordLeaving(DateTimeOffset leftAt, string? reason, string actor, long expectedVersion, DateTimeOffset now)
    {
        var who = Begin(actor, expectedVersion);
        var why = StaffingText.Optional(reason, "reason", StaffingText.MaxLongText);
        if (leftAt <= JoinedAt)
        {
            throw RuleViolationException.Invalid("left_at", $"left_at must be after joined_at {JoinedAt:O}.");
        }

        if (LeftAt is { } left)
        {
            throw RuleViolationException.Precondition("staffing.member_already_left", "team_member", $"Team member {Id} already leaves at {left:O}.");
        }

        LeftAt = leftAt;
        Commit(now, who, "LeavingRecorded", why.Length == 0 ? $"Leaves at {leftAt:O}." : $"Leaves at {leftAt:O}: {why}");
        return leftAt;
    }

    public RosterMember ToRoster() => new(Id, Name, Role, IsCore, Experience, JoinedAt, LeftAt);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private string Begin(string actor, long expectedVersion)
    {
        var who = StaffingText.Actor(actor);
        return expectedVersion == Version
            ? who
            : throw RuleViolationException.Conflict("version", $"Team member {Id} is at version {Version}, not {expectedVersion}; read it again and retry.");
    }

    private void Apply(TeamMemberDetails details)
    {
        Name = details.Name;
        Role = details.Role;
        IsCore = details.IsCore;
        ExperienceYears = details.Experience.Years;
        ExperienceAsOf = details.Experience.AsOf;
        JoinedAt = details.JoinedAt;
    }

    private void Commit(DateTimeOffset now, string actor, string action, string detail)
    {
        Version++;
        Record(now, actor, action, detail);
    }

    private void Record(DateTimeOffset at, string actor, string action, string detail) =>
        History = [.. History, new StaffingHistoryEntry(History.Count + 1, at, actor, action, detail)];
}
