namespace Platform.Messaging.Outbox;

/// <summary>Settings of the outbox relay (configuration section <c>Messaging:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>
    /// The longest the relay waits between looks when the outbox was empty. A commit in this process that writes
    /// outbox messages wakes it at once; the poll finds messages written by other replicas.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How many messages are claimed and kept in flight at once.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long one publish may wait for the broker's confirmation before it is retried.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First wait before a message whose publish failed is tried again; it doubles per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long sent messages are kept for diagnosis before they are deleted.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);
}
