using Microsoft.EntityFrameworkCore;
using Platform.Disputes.Data;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Outbox;

namespace Platform.Disputes.Messaging;

/// <summary>Clause 5.1: a negotiation still open at its deadline expires (NegotiationPeriodExpired), and the case may go to arbitration.</summary>
internal sealed class NegotiationDeadlineHandler(DisputesDbContext db, IOutbox outbox, TimeProvider time) : IDeadlineHandler
{
    public const string DeadlineKind = "dispute.negotiation";

    public string Kind => DeadlineKind;

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var id = Guid.Parse(deadline.Key);
        var dispute = await db.Set<Domain.Dispute>().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (dispute is not null && dispute.ExpireNegotiation(time.GetUtcNow()))
        {
            DisputeIntegrationEvents.Enqueue(dispute, outbox);
        }
    }
}
