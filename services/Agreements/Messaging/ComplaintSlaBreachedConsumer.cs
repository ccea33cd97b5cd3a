using Microsoft.EntityFrameworkCore;
using Platform.Agreements.Data;
using Platform.Agreements.Domain;
using Platform.Agreements.Domain.Breaches;
using Platform.Contracts.Events.Complaints;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>
/// Flows 2 and 4: a missed complaint clock is a minor breach (2.3.1) or, for a major complaint's resolution, a major one (4.2.2).
/// Clocks fall due by the hundred a second, so the misses that arrive together are judged together: one transaction,
/// one read of their agreements and one of the breaches already recorded.
/// </summary>
internal sealed class ComplaintSlaBreachedConsumer(AgreementsDbContext db, BreachRecorder breaches, TimeProvider time, ILogger<ComplaintSlaBreachedConsumer> logger)
    : IdempotentBatchConsumer<ComplaintSlaBreached, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleBatchAsync(IReadOnlyList<ComplaintSlaBreached> messages, CancellationToken cancellationToken)
    {
        var agreementIds = messages.Select(m => m.AgreementId).Distinct().ToList();
        var agreements = await Db.Agreements.Where(a => agreementIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        await breaches.RecordAllAsync(messages.Select(m => Judge(m, agreements.GetValueOrDefault(m.AgreementId))).ToList(), cancellationToken);
    }

    protected override Task HandleAsync(ComplaintSlaBreached message, CancellationToken cancellationToken) => HandleBatchAsync([message], cancellationToken);

    private static BreachFinding? Judge(ComplaintSlaBreached message, Agreement? agreement)
    {
        var fact = new SlaClockMissed(
            message.ComplaintId,
            message.AgreementId,
            AgreementLookup.ParseEnum<SlaClock>(message.Clock, "clock"),
            message.DueAt,
            AgreementLookup.ParseEnum<ComplaintSeverity>(message.Severity, "severity"));
        return BreachRules.ForMissedClock(fact, agreement?.WasInForceAt(message.DueAt) ?? false);
    }
}
