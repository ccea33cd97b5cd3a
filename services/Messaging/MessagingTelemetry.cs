using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Messaging;

/// <summary>The trace source and meter of the reliable-messaging machinery.</summary>
public static class MessagingTelemetry
{
    public const string Name = "Platform.Messaging";

    public static readonly ActivitySource ActivitySource = new(Name);

    private static readonly Meter s_meter = new(Name);

    /// <summary>Messages the outbox relay handed to the broker (confirmed).</summary>
    public static readonly Counter<long> OutboxPublished =
        s_meter.CreateCounter<long>("platform.outbox.published", "{message}", "Outbox messages confirmed by the broker");

    /// <summary>Time from the commit of an event to its confirmation by the broker.</summary>
    public static readonly Histogram<double> OutboxLag =
        s_meter.CreateHistogram<double>("platform.outbox.lag", "s", "Time from enqueue to broker confirmation");

    /// <summary>Publish attempts that failed and will be retried.</summary>
    public static readonly Counter<long> OutboxPublishFailures =
        s_meter.CreateCounter<long>("platform.outbox.publish_failures", "{message}", "Outbox publishes that failed");

    /// <summary>Deliveries the inbox recognised as already processed.</summary>
    public static readonly Counter<long> InboxDuplicates =
        s_meter.CreateCounter<long>("platform.inbox.duplicates", "{message}", "Redelivered messages skipped by the inbox");

    /// <summary>Deadlines fired, by kind.</summary>
    public static readonly Counter<long> DeadlinesFired =
        s_meter.CreateCounter<long>("platform.deadlines.fired", "{deadline}", "Deadlines fired");

    /// <summary>How late a deadline fired after its due time.</summary>
    public static readonly Histogram<double> DeadlineDelay =
        s_meter.CreateHistogram<double>("platform.deadlines.delay", "s", "Time from due to fired");
}
