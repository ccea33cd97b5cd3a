using Platform.Contracts.Events.Agreements;
using Platform.Disputes.Data;
using Platform.Messaging.Inbox;

namespace Platform.Disputes.Messaging;

/// <summary>Keeps a breach's status and severity (disputed, settled, reclassified …) as Agreements changes them.</summary>
internal sealed class BreachStatusChangedConsumer(DisputesDbContext db, TimeProvider time, ILogger<BreachStatusChangedConsumer> logger)
    : IdempotentConsumer<BreachStatusChanged, DisputesDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(BreachStatusChanged message, CancellationToken cancellationToken)
    {
        var known = await Db.GetOrAddKnownBreachAsync(message.BreachId, message.AgreementId, cancellationToken);
        known.RecordStatus(message.ToStatus, message.Severity, message.BreachVersion);
    }
}
