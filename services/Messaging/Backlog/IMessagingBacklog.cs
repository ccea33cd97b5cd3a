namespace Platform.Messaging.Backlog;

/// <summary>Reads the <see cref="MessagingBacklog"/> of the service's own database.</summary>
public interface IMessagingBacklog
{
    /// <param name="now">The instant deadlines count as due at.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<MessagingBacklog> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
