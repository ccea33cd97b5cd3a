using System.Collections.Concurrent;
using MassTransit;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// Counts the messages the hosted service's consumers finished, by message id. A consumer commits its effect
/// before it returns, so once a message is counted its effect (or its lack of one) is in the database: a test
/// can assert that a fact made no breach without waiting for anything else.
/// </summary>
internal sealed class BreachConsumeWatch : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _consumed = new();
    private readonly ConcurrentDictionary<Guid, string> _faults = new();

    public int TimesConsumed(Guid messageId) => _consumed.GetValueOrDefault(messageId);

    /// <summary>The last failure of the message, for the message of a test that waited in vain.</summary>
    public string? FaultOf(Guid messageId) => _faults.GetValueOrDefault(messageId);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.MessageId is { } id)
        {
            _consumed.AddOrUpdate(id, 1, (_, times) => times + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        if (context.MessageId is { } id)
        {
            _faults[id] = $"{exception.GetType().Name}: {exception.Message}";
        }

        return Task.CompletedTask;
    }
}
