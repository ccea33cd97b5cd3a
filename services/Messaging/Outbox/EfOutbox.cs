using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events;

namespace Platform.Messaging.Outbox;

internal sealed class EfOutbox<TDbContext>(TDbContext db, TimeProvider time) : IOutbox
    where TDbContext : DbContext
{
    public void Enqueue<TEvent>(TEvent integrationEvent)
        where TEvent : IntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        var message = new OutboxMessage(
            Guid.CreateVersion7(),
            type.FullName!,
            JsonSerializer.Serialize(integrationEvent, type, OutboxSerializer.Options),
            Activity.Current?.Id,
            time.GetUtcNow());
        db.Set<OutboxMessage>().Add(message);
    }
}
