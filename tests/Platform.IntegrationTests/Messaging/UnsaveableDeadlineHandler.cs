using Platform.Messaging.Deadlines;

namespace Platform.IntegrationTests.Messaging;

/// <summary>
/// Handles deadlines of <see cref="KindName"/> with a change the database rejects when it is saved (a NOT NULL
/// violation here; a unique or foreign key violation in a real service): the handler itself does not throw.
/// </summary>
public sealed class UnsaveableDeadlineHandler(TestDbContext db) : IDeadlineHandler
{
    public const string KindName = "unsaveable-deadline";

    public string Kind => KindName;

    public Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        db.DeadlineEffects.Add(new DeadlineEffect { Key = deadline.Key, FiredBy = null!, FiredAt = DateTimeOffset.UtcNow });
        return Task.CompletedTask;
    }
}
