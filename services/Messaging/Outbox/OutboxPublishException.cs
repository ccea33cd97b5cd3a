namespace Platform.Messaging.Outbox;

/// <summary>Some messages of a batch were not confirmed by the broker; they stay in the outbox and are retried.</summary>
internal sealed class OutboxPublishException(int failed, int batchSize)
    : Exception($"{failed} of {batchSize} outbox messages were not confirmed by the broker.");
