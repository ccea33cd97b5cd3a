using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;
using Platform.Messaging.Wakeups;

namespace Platform.Messaging.Outbox;

internal sealed class EfOutbox<TDbContext>(TDbContext db, TimeProvider time, CommitWakeupInterceptor wakeups) : IOutbox
    where TDbContext : DbContext
{
    public void Enqueue<TEvent>(TEvent integrationEvent)
        where TEvent : IntegrationEvent =>
        Add(integrationEvent, orderingKey: null);

    public void Enqueue<TEvent>(TEvent integrationEvent, string orderingKey)
        where TEvent : IntegrationEvent
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderingKey);
        Add(integrationEvent, orderingKey);
    }

    private void Add(IntegrationEvent integrationEvent, string? orderingKey)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        var message = new OutboxMessage(
            Guid.CreateVersion7(),
            type.FullName!,
            JsonSerializer.Serialize(integrationEvent, type, OutboxSerializer.Options),
            orderingKey,
            Activity.Current?.Id,
            time.GetUtcNow());
        db.Set<OutboxMessage>().Add(message);
        wakeups.OutboxWritten(db);
    }
}
