using Microsoft.EntityFrameworkCore;
using Platform.Complaints.Data;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;

namespace Platform.Complaints.Messaging;

/// <summary>
/// A complaint's clocks need a look: each at-risk threshold and each miss is raised once (ComplaintSlaAtRisk,
/// ComplaintSlaBreached), and the deadline is moved to the next look, all in the scheduler's transaction.
/// </summary>
internal sealed class ClockCheckHandler(ComplaintsDbContext db, IOutbox outbox, ComplaintDeadlines deadlines, TimeProvider time) : IDeadlineHandler
{
    public string Kind => ComplaintDeadlines.ClockCheck;

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(deadline.Key);
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is null)
        {
            return;
        }

        complaint.CheckClocksAt(time.GetUtcNow());
        ComplaintIntegrationEvents.Enqueue(complaint, outbox);
        await deadlines.SyncAsync(complaint, cancellationToken);
    }
}
