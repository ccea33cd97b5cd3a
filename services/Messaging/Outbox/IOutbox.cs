using Platform.Contracts.Events;

namespace Platform.Messaging.Outbox;

/// <summary>
/// The only way to publish an integration event: it is added to the current unit of work and commits with
/// the state change that raised it, or not at all.
/// </summary>
public interface IOutbox
{
    /// <summary>Adds the event to the pending changes of the service's DbContext; SaveChanges commits it.</summary>
    void Enqueue<TEvent>(TEvent integrationEvent)
        where TEvent : IntegrationEvent;

    /// <summary>
    /// As <see cref="Enqueue{TEvent}(TEvent)"/>; events with the same <paramref name="orderingKey"/> (say, an
    /// agreement's id) reach the broker in the order they were enqueued.
    /// </summary>
    void Enqueue<TEvent>(TEvent integrationEvent, string orderingKey)
        where TEvent : IntegrationEvent;
}
