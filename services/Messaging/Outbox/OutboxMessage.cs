namespace Platform.Messaging.Outbox;

/// <summary>An integration event waiting in the service's own database to be published.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        MessageType = string.Empty;
        Payload = string.Empty;
    }

    internal OutboxMessage(Guid messageId, string messageType, string payload, string? orderingKey, string? traceParent, DateTimeOffset createdAt)
    {
        MessageId = messageId;
        OrderingKey = orderingKey;
        MessageType = messageType;
        Payload = payload;
        TraceParent = traceParent;
        CreatedAt = createdAt;
    }

    /// <summary>Position in the outbox: messages with the same <see cref="OrderingKey"/> are published in this order.</summary>
    public long Id { get; private set; }

    /// <summary>The broker message id; stable across republishing, so consumers' inboxes see a duplicate.</summary>
    public Guid MessageId { get; private set; }

    /// <summary>Full CLR name of the integration event type in Platform.Contracts.</summary>
    public string MessageType { get; private set; }

    /// <summary>The event serialised as JSON.</summary>
    public string Payload { get; private set; }

    /// <summary>
    /// Messages sharing a key (an aggregate's id) are published one after another in outbox order, and none
    /// overtakes an earlier one waiting for a retry; messages without a key are published concurrently.
    /// </summary>
    public string? OrderingKey { get; private set; }

    /// <summary>W3C traceparent of the operation that raised the event, so the trace continues in the consumer.</summary>
    public string? TraceParent { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>After a failed publish, the message is not tried again before this time.</summary>
    public DateTimeOffset? RetryAfter { get; private set; }

    internal void MarkSent(DateTimeOffset at)
    {
        SentAt = at;
        RetryAfter = null;
    }

    internal void MarkFailed(string error, DateTimeOffset retryAfter)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        RetryAfter = retryAfter;
    }
}
