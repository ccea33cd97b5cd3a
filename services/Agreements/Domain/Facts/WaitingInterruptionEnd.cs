namespace Platform.Agreements.Domain.Facts;

/// <summary>
/// The end of an interruption whose start has not been received yet. Assurance publishes the start first, but
/// after a broker outage Agreements' queues come back one by one, so the end can arrive first; it waits here and
/// is applied when the start (or a correction, which carries the whole record) arrives. The first end reported counts.
/// </summary>
public sealed class WaitingInterruptionEnd
{
    public WaitingInterruptionEnd(Guid interruptionId, DateTimeOffset endedAt, DateTimeOffset receivedAt)
    {
        InterruptionId = interruptionId;
        EndedAt = endedAt;
        ReceivedAt = receivedAt;
    }

    public Guid InterruptionId { get; private set; }

    public DateTimeOffset EndedAt { get; private set; }

    /// <summary>When it was received, so an end whose start never comes can be found.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }
}
