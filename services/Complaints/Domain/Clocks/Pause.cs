namespace Platform.Complaints.Domain.Clocks;

/// <summary>A wait on the customer: the clocks pause from <see cref="StartedAt"/> until the customer replies.</summary>
public sealed record Pause(DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string CitedMessage, string Actor)
{
    public bool IsOpen => EndedAt is null;
}
