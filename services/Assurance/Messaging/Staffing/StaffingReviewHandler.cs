using Platform.Messaging.Deadlines;

namespace Platform.Assurance.Messaging.Staffing;

/// <summary>An instant came at which a promisor's team may change status (a planned leaving, say): it is judged then.</summary>
internal sealed class StaffingReviewHandler(StaffingJudge judge, TimeProvider time) : IDeadlineHandler
{
    public string Kind => StaffingDeadlines.Review;

    public Task HandleAsync(Deadline deadline, CancellationToken cancellationToken) =>
        judge.ReviewAsync(deadline.Key, time.GetUtcNow(), cancellationToken);
}
