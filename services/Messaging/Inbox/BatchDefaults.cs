using MassTransit;

namespace Platform.Messaging.Inbox;

/// <summary>How an <see cref="IdempotentBatchConsumer{TMessage,TDbContext}"/> is fed, unless its queue needs otherwise.</summary>
public static class BatchDefaults
{
    /// <summary>
    /// What arrived within 5 ms, up to 100 messages, four batches at once (which also sets the queue's prefetch
    /// to 400): a quiet queue's message waits 5 ms at most, a busy queue's share one transaction by the hundred.
    /// </summary>
    public static void Apply(BatchOptions batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        batch.SetMessageLimit(100)
            .SetTimeLimit(TimeSpan.FromMilliseconds(5))
            .SetConcurrencyLimit(4);
    }
}
