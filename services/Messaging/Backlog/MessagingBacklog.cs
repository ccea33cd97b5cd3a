namespace Platform.Messaging.Backlog;

/// <summary>
/// Work waiting in a service's reliable-messaging tables at one instant: events not yet confirmed by the
/// broker, and deadlines not yet fired. What an SRE looks at first when "nothing happens".
/// </summary>
/// <param name="OutboxPending">Events committed but not yet confirmed by the broker.</param>
/// <param name="OutboxFailing">Of those, events whose last publish attempt failed.</param>
/// <param name="OldestPendingSince">When the oldest pending event was committed; null when none is pending.</param>
/// <param name="DeadlinesPending">Deadlines waiting for their due time or for their handler.</param>
/// <param name="DeadlinesDue">Of those, deadlines already due.</param>
/// <param name="OldestDueAt">Due time of the most overdue deadline; null when none is due.</param>
/// <param name="DeadlinesFailing">Pending deadlines whose last handler attempt failed.</param>
public sealed record MessagingBacklog(
    long OutboxPending,
    long OutboxFailing,
    DateTimeOffset? OldestPendingSince,
    long DeadlinesPending,
    long DeadlinesDue,
    DateTimeOffset? OldestDueAt,
    long DeadlinesFailing);

/// <summary>Events committed but not yet confirmed by the broker, at one instant.</summary>
/// <param name="Pending">Events committed but not yet confirmed.</param>
/// <param name="Failing">Of those, events whose last publish attempt failed.</param>
/// <param name="OldestPendingSince">When the oldest pending event was committed; null when none is pending.</param>
public sealed record PendingOutbox(long Pending, long Failing, DateTimeOffset? OldestPendingSince);
