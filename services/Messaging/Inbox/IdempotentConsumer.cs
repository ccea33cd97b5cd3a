using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Platform.Messaging.Inbox;

/// <summary>
/// Base of every consumer: the inbox row (message id, consumer) and the consumer's effect commit in one
/// transaction. A redelivered message conflicts on the inbox key and changes nothing; two deliveries racing
/// each other serialise on that key, so the second sees the first's row once it commits. The message is
/// acknowledged only after the commit (MassTransit acks when Consume returns). A consumer of many messages a
/// second derives from <see cref="IdempotentBatchConsumer{TMessage,TDbContext}"/> instead.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TDbContext>(TDbContext db, TimeProvider time, ILogger logger)
    : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    /// <summary>The service's DbContext; the effect is written through it.</summary>
    protected TDbContext Db { get; } = db;

    /// <summary>The clock of the service.</summary>
    protected TimeProvider Time { get; } = time;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id.");
        await InboxWriter.ConsumeOnceAsync(
            Db, Time, logger, messageId, typeof(TMessage).Name, InboxWriter.ConsumerName(GetType()),
            ct => HandleAsync(context.Message, ct), context.CancellationToken);
    }

    /// <summary>Applies the message: change entities of <see cref="Db"/> (SaveChanges is done by the base).</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
