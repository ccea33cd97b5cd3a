using Microsoft.Extensions.DependencyInjection;
using Platform.Messaging.Backlog;

namespace Platform.ServiceDefaults.Metrics;

/// <summary>
/// The outbox backlog of the service's database: events committed but not yet confirmed by the broker, and how
/// long the oldest has waited (0 when none). A growing age means events are not leaving: broker down, relay stuck.
/// </summary>
internal sealed class OutboxGauges(TimeProvider time) : ISampledGauges
{
    public const string Backlog = "platform.outbox.backlog";
    public const string OldestAge = "platform.outbox.oldest_age";

    public IReadOnlyList<GaugeDefinition> Gauges { get; } =
    [
        new(Backlog, "{message}", "Outbox messages committed and not yet confirmed by the broker"),
        new(OldestAge, "s", "Age of the oldest outbox message not yet confirmed by the broker; 0 when none"),
    ];

    public async Task<IReadOnlyList<GaugeReading>> ReadAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // The outbox alone: counting the pending deadlines too (a queue of millions at scale) is not needed here.
        var backlog = await services.GetRequiredService<IMessagingBacklog>().ReadOutboxAsync(cancellationToken);
        var age = backlog.OldestPendingSince is { } since ? Math.Max(0, (time.GetUtcNow() - since).TotalSeconds) : 0;
        return [new(Backlog, backlog.Pending, default), new(OldestAge, age, default)];
    }
}
