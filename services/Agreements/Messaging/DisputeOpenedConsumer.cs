using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Data;
using Platform.Contracts.Events.Disputes;
using Platform.Messaging.Inbox;
using Platform.Messaging.Outbox;
using Platform.SharedKernel;

namespace Platform.Agreements.Messaging;

/// <summary>
/// Flow 7: a dispute opened on breaches marks them disputed. A breach already remedied, or in another
/// case, keeps its state while the others change; one the resolution already settled stays settled.
/// </summary>
internal sealed partial class DisputeOpenedConsumer(AgreementsDbContext db, IOutbox outbox, TimeProvider time, ILogger<DisputeOpenedConsumer> logger)
    : IdempotentConsumer<DisputeOpened, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(DisputeOpened message, CancellationToken cancellationToken)
    {
        var breaches = await Db.Breaches.Where(b => message.BreachIds.Contains(b.Id)).ToListAsync(cancellationToken);
        foreach (var breach in breaches)
        {
            try
            {
                breach.MarkDisputed(message.DisputeId, message.OccurredAt);
            }
            catch (RuleViolationException ex)
            {
                LogNotChanged(logger, breach.Id, ex.Message);
            }

            BreachIntegrationEvents.Enqueue(breach, outbox);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Breach {BreachId} left unchanged: {Reason}")]
    private static partial void LogNotChanged(ILogger logger, Guid breachId, string reason);
}
