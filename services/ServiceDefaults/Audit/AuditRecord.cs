namespace Platform.ServiceDefaults.Audit;

/// <summary>One audited act, as stored: append-only (the table refuses UPDATE, DELETE and TRUNCATE).</summary>
public sealed class AuditRecord
{
    private AuditRecord()
    {
        Subject = string.Empty;
        Roles = string.Empty;
        Rpc = string.Empty;
        Outcome = string.Empty;
        Kind = string.Empty;
    }

    internal AuditRecord(DateTimeOffset at, string subject, string roles, string rpc, string? targetId, string outcome, string kind)
    {
        At = at;
        Subject = subject;
        Roles = roles;
        Rpc = rpc;
        TargetId = targetId;
        Outcome = outcome;
        Kind = kind;
    }

    /// <summary>Position in the trail.</summary>
    public long Sequence { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The token's subject, or "anonymous".</summary>
    public string Subject { get; private set; }

    /// <summary>The caller's roles, space-separated.</summary>
    public string Roles { get; private set; }

    /// <summary>The gRPC method path.</summary>
    public string Rpc { get; private set; }

    public string? TargetId { get; private set; }

    /// <summary>"OK" or the gRPC status code name.</summary>
    public string Outcome { get; private set; }

    /// <summary>"change", "personal-data-read" or "refused".</summary>
    public string Kind { get; private set; }

    internal void SetTarget(string? targetId) => TargetId = targetId;
}

/// <summary>The kinds of audited acts.</summary>
public static class AuditKinds
{
    public const string Change = "change";
    public const string PersonalDataRead = "personal-data-read";
    public const string Refused = "refused";
}
