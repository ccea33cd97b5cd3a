using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Contracts.Events.Disputes;
using Platform.Messaging.Inbox;
using Platform.Messaging.Outbox;
using Platform.SharedKernel;

namespace Platform.Agreements.Messaging;

/// <summary>
/// Flow 7: a resolved dispute settles its breaches. Facts may arrive out of order, so a breach the opening
/// has not marked disputed yet is marked disputed and settled at once (the late opening then changes
/// nothing); a breach already remedied, or in another case, keeps its state while the others settle.
/// </summary>
internal sealed partial class DisputeResolvedConsumer(AgreementsDbContext db, IOutbox outbox, TimeProvider time, ILogger<DisputeResolvedConsumer> logger)
    : IdempotentConsumer<DisputeResolved, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(DisputeResolved message, CancellationToken cancellationToken)
    {
        var breaches = await Db.Breaches.Where(b => message.BreachIds.Contains(b.Id)).ToListAsync(cancellationToken);
        foreach (var breach in breaches)
        {
            try
            {
                if (breach.Status is BreachStatus.Open or BreachStatus.Acknowledged)
                {
                    breach.MarkDisputed(message.DisputeId, message.OccurredAt);
                }

                breach.MarkSettled(message.DisputeId, message.OccurredAt);
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
