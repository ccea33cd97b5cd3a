using Microsoft.EntityFrameworkCore;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Inspections;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;

namespace Platform.Assurance.Messaging.Inspections;

/// <summary>
/// A corrective action's due time passed: if it is still open, CorrectiveActionOverdue is published once, in
/// the scheduler's transaction.
/// </summary>
internal sealed class CorrectiveActionOverdueHandler(AssuranceDbContext db, IOutbox outbox, TimeProvider time) : IDeadlineHandler
{
    public string Kind => CorrectiveActionDeadlines.Overdue;

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var (findingId, actionId) = CorrectiveActionDeadlines.ParseKey(deadline.Key);
        var finding = await db.Set<Finding>().SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken);
        if (finding is not null && finding.MarkActionOverdue(actionId, time.GetUtcNow()))
        {
            InspectionIntegrationEvents.Enqueue(finding, outbox);
        }
    }
}
