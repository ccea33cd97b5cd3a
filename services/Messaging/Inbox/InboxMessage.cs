namespace Platform.Messaging.Inbox;

/// <summary>A message a consumer has processed; its effect committed in the same transaction as this row.</summary>
public sealed class InboxMessage
{
    private InboxMessage()
    {
        Consumer = string.Empty;
    }

    public Guid MessageId { get; private set; }

    /// <summary>The consumer that processed it: one message may be consumed by several consumers of a service.</summary>
    public string Consumer { get; private set; }

    public DateTimeOffset ProcessedAt { get; private set; }
}
