namespace Platform.Messaging.Deadlines;

/// <summary>
/// Runs when a deadline of <see cref="Kind"/> is due. It runs inside the scheduler's transaction with the
/// service's scoped DbContext: its changes (and any outbox events) commit together with the deadline being
/// marked fired, so a deadline fires exactly once. Throwing rolls everything back and the deadline is retried.
/// </summary>
public interface IDeadlineHandler
{
    string Kind { get; }

    Task HandleAsync(Deadline deadline, CancellationToken cancellationToken);
}
