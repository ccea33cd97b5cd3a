namespace Platform.Messaging.Deadlines;

/// <summary>
/// Sets, moves and cancels deadlines as part of the current unit of work: they commit with the state change
/// that made them, through the service DbContext's SaveChanges.
/// </summary>
public interface IDeadlines
{
    /// <summary>
    /// Sets the deadline <paramref name="kind"/>/<paramref name="key"/>, or moves it (and re-arms it) if it exists.
    /// A handler may re-arm the deadline it is handling: it then stays pending at its new due time.
    /// </summary>
    Task ScheduleAsync(string kind, string key, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>As <see cref="ScheduleAsync(string, string, DateTimeOffset, CancellationToken)"/>, with a payload for the handler.</summary>
    Task ScheduleAsync<TPayload>(string kind, string key, DateTimeOffset dueAt, TPayload payload, CancellationToken cancellationToken);

    /// <summary>
    /// Sets a deadline whose key is new in this unit of work (a new aggregate's id), without looking for an existing
    /// one: a duplicate fails the commit on the unique key instead. Saves a query per new aggregate.
    /// </summary>
    Task ScheduleNewAsync(string kind, string key, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        ScheduleAsync(kind, key, dueAt, cancellationToken);

    /// <summary>
    /// Sets the deadline <paramref name="kind"/>/<paramref name="key"/> unless one exists in any state (pending,
    /// fired or cancelled), so a deadline that already fired is never armed again.
    /// </summary>
    Task EnsureScheduledAsync(string kind, string key, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>Cancels a pending deadline; returns false when there was none pending.</summary>
    Task<bool> CancelAsync(string kind, string key, CancellationToken cancellationToken);
}
