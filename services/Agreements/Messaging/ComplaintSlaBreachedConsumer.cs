using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Contracts.Events.Complaints;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>Flows 2 and 4: a missed complaint clock is a minor breach (2.3.1) or, for a major complaint's resolution, a major one (4.2.2).</summary>
internal sealed class ComplaintSlaBreachedConsumer(AgreementsDbContext db, BreachRecorder breaches, TimeProvider time, ILogger<ComplaintSlaBreachedConsumer> logger)
    : IdempotentConsumer<ComplaintSlaBreached, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(ComplaintSlaBreached message, CancellationToken cancellationToken)
    {
        var agreement = await Db.FindAgreementAsync(message.AgreementId, cancellationToken);
        var fact = new SlaClockMissed(
            message.ComplaintId,
            message.AgreementId,
            AgreementLookup.ParseEnum<SlaClock>(message.Clock, "clock"),
            message.DueAt,
            AgreementLookup.ParseEnum<ComplaintSeverity>(message.Severity, "severity"));
        await breaches.RecordAsync(BreachRules.ForMissedClock(fact, agreement?.WasInForceAt(message.DueAt) ?? false), cancellationToken);
    }
}
