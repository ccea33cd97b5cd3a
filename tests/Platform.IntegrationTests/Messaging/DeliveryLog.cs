using System.Collections.Concurrent;
using MassTransit;

namespace Platform.IntegrationTests.Messaging;

/// <summary>
/// Counts every delivery a host's consumers finished, duplicates included, so a test knows when a
/// redelivered message has been handled (and skipped) rather than guessing with a delay.
/// </summary>
public sealed class DeliveryLog : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _handled = new();

    /// <summary>Deliveries of <paramref name="messageId"/> whose consumer completed.</summary>
    public int Handled(Guid messageId) => _handled.GetValueOrDefault(messageId);

    public int HandledTotal => _handled.Values.Sum();

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.MessageId is { } messageId)
        {
            _handled.AddOrUpdate(messageId, 1, (_, count) => count + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
