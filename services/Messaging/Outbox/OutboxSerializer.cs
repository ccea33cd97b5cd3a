using System.Text.Json;
using Platform.Contracts.Events;

namespace Platform.Messaging.Outbox;

internal static class OutboxSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Finds an integration event type by the name stored in the outbox.</summary>
    public static Type ResolveType(string messageType) =>
        typeof(IntegrationEvent).Assembly.GetType(messageType, throwOnError: false)
        ?? throw new InvalidOperationException($"Unknown integration event type '{messageType}'.");

    public static object Deserialize(OutboxMessage message) =>
        JsonSerializer.Deserialize(message.Payload, ResolveType(message.MessageType), Options)
        ?? throw new InvalidOperationException($"Outbox message {message.MessageId} has an empty payload.");
}
