using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// The Agreements host of <see cref="AgreementsHostFixture"/>, whose bus, standing in for Complaints, publishes missed
/// clocks in bursts, so Agreements' consumer receives them in batches; it can also read Agreements' error queue. In
/// <see cref="DuplicatingMissedClockBatchFixture"/>, the host hands every delivery to its consumers twice
/// (<c>RabbitMq:DuplicateEveryDelivery</c>, the fault tests' switch).
/// </summary>
public class MissedClockBatchFixture : AgreementsHostFixture
{
    private readonly bool _duplicateEveryDelivery;

    public MissedClockBatchFixture()
        : this(duplicateEveryDelivery: false)
    {
    }

    /// <param name="duplicateEveryDelivery">Whether the host hands every delivery to its consumers twice.</param>
    protected MissedClockBatchFixture(bool duplicateEveryDelivery)
    {
        _duplicateEveryDelivery = duplicateEveryDelivery;
    }

    /// <summary>Publishes every fact at once, each under its message id (the same id twice is a redelivery).</summary>
    internal Task PublishAllAsync<T>(IEnumerable<(T Fact, Guid MessageId)> facts)
        where T : class =>
        Task.WhenAll(facts.Select(f => PublishAsync(f.Fact, f.MessageId)));

    /// <summary>
    /// The messages in the error queue of Agreements' consumer of missed clocks: message id and the reason
    /// MassTransit wrote (<c>MT-Fault-Message</c>). They are put back, so the queue is unchanged.
    /// </summary>
    internal async Task<IReadOnlyList<(Guid MessageId, string Reason)>> MissedClockErrorsAsync()
    {
        var vhost = Uri.EscapeDataString(Rabbit.VirtualHost);
        var queues = await Infrastructure.ManagementJsonAsync(HttpMethod.Get, $"api/queues/{vhost}");
        var errorQueue = queues.EnumerateArray()
            .Select(q => q.GetProperty("name").GetString()!)
            .SingleOrDefault(name => name.StartsWith("agreements-", StringComparison.Ordinal)
                && name.Contains("complaint-sla-breached", StringComparison.Ordinal) && name.EndsWith("_error", StringComparison.Ordinal));
        if (errorQueue is null)
        {
            return [];
        }

        var messages = await Infrastructure.ManagementJsonAsync(
            HttpMethod.Post, $"api/queues/{vhost}/{Uri.EscapeDataString(errorQueue)}/get", new { count = 100, ackmode = "ack_requeue_true", encoding = "auto" });
        return messages.EnumerateArray().Select(Error).ToList();
    }

    protected override void ConfigureHost(IWebHostBuilder web) =>
        web.UseSetting("RabbitMq:DuplicateEveryDelivery", _duplicateEveryDelivery ? "true" : "false");

    private static (Guid MessageId, string Reason) Error(JsonElement message)
    {
        var properties = message.GetProperty("properties");
        var id = Guid.Parse(properties.GetProperty("message_id").GetString()!);
        var headers = properties.GetProperty("headers");
        return (id, headers.TryGetProperty("MT-Fault-Message", out var reason) ? reason.GetString() ?? string.Empty : string.Empty);
    }
}
