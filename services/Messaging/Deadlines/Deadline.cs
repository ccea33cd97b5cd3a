using System.Text.Json;

namespace Platform.Messaging.Deadlines;

/// <summary>
/// A due time owned by the service (an SLA clock, a negotiation period, a rectification deadline). It is a
/// row in the service's database, so a restart neither loses nor doubles it.
/// </summary>
public sealed class Deadline
{
    private Deadline()
    {
        Kind = string.Empty;
        Key = string.Empty;
    }

    internal Deadline(string kind, string key, DateTimeOffset dueAt, string? payload, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        Kind = kind;
        Key = key;
        DueAt = dueAt;
        Payload = payload;
        CreatedAt = createdAt;
        Status = DeadlineStatus.Pending;
    }

    public Guid Id { get; private set; }

    /// <summary>What the deadline is for; selects its handler.</summary>
    public string Kind { get; private set; }

    /// <summary>Which one of its kind, unique per kind (e.g. a complaint id and clock name).</summary>
    public string Key { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    /// <summary>Optional JSON the handler needs.</summary>
    public string? Payload { get; private set; }

    public DeadlineStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? FiredAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>After a failed attempt, the deadline is not retried before this time.</summary>
    public DateTimeOffset? RetryAfter { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Reads the payload as <typeparamref name="T"/>.</summary>
    public T PayloadAs<T>() =>
        Payload is null
            ? throw new InvalidOperationException($"Deadline {Kind}/{Key} has no payload.")
            : JsonSerializer.Deserialize<T>(Payload, DeadlineSerializer.Options)!;

    /// <summary>Set when the deadline was moved while loaded: a handler re-armed the deadline it handles.</summary>
    internal bool Rearmed { get; private set; }

    internal void Reschedule(DateTimeOffset dueAt, string? payload)
    {
        Rearmed = true;
        DueAt = dueAt;
        Payload = payload;
        Status = DeadlineStatus.Pending;
        FiredAt = null;
        Attempts = 0;
        RetryAfter = null;
        LastError = null;
    }

    internal void Cancel() => Status = DeadlineStatus.Cancelled;

    internal void MarkFired(DateTimeOffset at)
    {
        Status = DeadlineStatus.Fired;
        FiredAt = at;
        Attempts++;
    }
}
