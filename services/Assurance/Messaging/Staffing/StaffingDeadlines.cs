using Platform.Messaging.Deadlines;

namespace Platform.Assurance.Messaging.Staffing;

/// <summary>
/// One review per promisor, due at the next instant its team's clause 3.2 status may change (a planned joining
/// or leaving, a core member reaching the required years), kept in step with the roster in the same transaction.
/// </summary>
public sealed class StaffingDeadlines(IDeadlines deadlines)
{
    public const string Review = "staffing.review";

    public async Task SyncAsync(string promisorId, DateTimeOffset? nextReviewAt, CancellationToken cancellationToken)
    {
        if (nextReviewAt is { } at)
        {
            await deadlines.ScheduleAsync(Review, promisorId, at, cancellationToken);
        }
        else
        {
            await deadlines.CancelAsync(Review, promisorId, cancellationToken);
        }
    }
}
