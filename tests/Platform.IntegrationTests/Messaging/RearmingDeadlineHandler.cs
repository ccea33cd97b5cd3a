using Microsoft.EntityFrameworkCore;
using Platform.Messaging.Deadlines;

namespace Platform.IntegrationTests.Messaging;

/// <summary>
/// Records a <see cref="DeadlineEffect"/> and moves its own deadline <see cref="Interval"/> later, until it
/// has fired <see cref="Times"/> times: a handler that re-arms the deadline it handles, as a clock check does.
/// </summary>
public sealed class RearmingDeadlineHandler(TestDbContext db, IDeadlines deadlines, TimeProvider time) : IDeadlineHandler
{
    public const string KindName = "test-rearming";
    public const int Times = 3;
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    public string Kind => KindName;

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var now = time.GetUtcNow();
        db.DeadlineEffects.Add(new DeadlineEffect { Key = deadline.Key, FiredBy = "rearming", FiredAt = now });
        var firedBefore = await db.DeadlineEffects.CountAsync(e => e.Key == deadline.Key, cancellationToken);
        if (firedBefore + 1 < Times)
        {
            await deadlines.ScheduleAsync(KindName, deadline.Key, now + Interval, cancellationToken);
        }
    }
}
