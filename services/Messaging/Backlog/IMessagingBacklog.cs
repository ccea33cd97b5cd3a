namespace Platform.Messaging.Backlog;

/// <summary>Reads the <see cref="MessagingBacklog"/> of the service's own database.</summary>
public interface IMessagingBacklog
{
    /// <param name="now">The instant deadlines count as due at.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<MessagingBacklog> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The outbox half of <see cref="ReadAsync"/> alone, without counting the deadlines (one query, not two).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<PendingOutbox> ReadOutboxAsync(CancellationToken cancellationToken);
}
