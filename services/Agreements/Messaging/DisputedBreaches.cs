using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Messaging.Outbox;
using Platform.SharedKernel;

namespace Platform.Agreements.Messaging;

/// <summary>
/// Applies a dispute fact to each breach it names. A breach the fact cannot change (already remedied, or in
/// another case) keeps its state while the others change, so one such breach never blocks the rest.
/// </summary>
internal static partial class DisputedBreaches
{
    public static async Task ApplyAsync(
        AgreementsDbContext db, IOutbox outbox, ILogger logger, IReadOnlyList<Guid> breachIds, Action<Breach> change, CancellationToken cancellationToken)
    {
        var breaches = await db.Breaches.Where(b => breachIds.Contains(b.Id)).ToListAsync(cancellationToken);
        foreach (var breach in breaches)
        {
            try
            {
                change(breach);
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
