using Microsoft.EntityFrameworkCore;
using Platform.Assurance.Data;
using Platform.Assurance.Domain.Surveys;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;

namespace Platform.Assurance.Messaging.Surveys;

/// <summary>
/// An agreement's rectification deadline passed: if the rectification is still open, RectificationOverdue is
/// published once for that agreement, in the scheduler's transaction.
/// </summary>
internal sealed class RectificationOverdueHandler(AssuranceDbContext db, IOutbox outbox, TimeProvider time) : IDeadlineHandler
{
    public string Kind => RectificationDeadlines.Overdue;

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var (rectificationId, agreementId) = RectificationDeadlines.ParseKey(deadline.Key);
        var rectification = await db.Set<Rectification>().SingleOrDefaultAsync(r => r.Id == rectificationId, cancellationToken);
        if (rectification is not null && rectification.MarkOverdue(agreementId, time.GetUtcNow()))
        {
            SurveyIntegrationEvents.Enqueue(rectification, outbox);
        }
    }
}
