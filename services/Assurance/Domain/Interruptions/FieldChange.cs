namespace Platform.Assurance.Domain.Interruptions;

/// <summary>One field a correction changed, with its value before and after (readable, times in ISO 8601).</summary>
public sealed record FieldChange(string Field, string Before, string After)
{
    public const string StartedAt = "started_at";
    public const string EndedAt = "ended_at";
    public const string CausedByPromisor = "caused_by_promisor";
    public const string Scope = "scope";
}
