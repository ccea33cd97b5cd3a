using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Complaints.Data;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;

namespace Platform.Complaints.Messaging;

/// <summary>A resolved complaint the customer did not answer within the quiet period closes by itself (ComplaintClosed).</summary>
internal sealed class AutoCloseHandler(ComplaintsDbContext db, IOutbox outbox, IOptions<ComplaintsOptions> options, TimeProvider time) : IDeadlineHandler
{
    public string Kind => ComplaintDeadlines.AutoClose;

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(deadline.Key);
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (complaint is not null && complaint.CloseAfterQuietPeriod(options.Value.QuietPeriod, time.GetUtcNow()))
        {
            ComplaintIntegrationEvents.Enqueue(complaint, outbox);
        }
    }
}
