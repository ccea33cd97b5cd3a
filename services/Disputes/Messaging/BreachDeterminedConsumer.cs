using Platform.Contracts.Events.Agreements;
using Platform.Disputes.Data;
using Platform.Messaging.Inbox;

namespace Platform.Disputes.Messaging;

/// <summary>
/// Keeps a breach Agreements determined, so a dispute can be opened on it (flow 7). Missed clocks make hundreds a
/// second: the determinations that arrive together are kept together.
/// </summary>
internal sealed class BreachDeterminedConsumer(DisputesDbContext db, TimeProvider time, ILogger<BreachDeterminedConsumer> logger)
    : IdempotentBatchConsumer<BreachDetermined, DisputesDbContext>(db, time, logger)
{
    protected override async Task HandleBatchAsync(IReadOnlyList<BreachDetermined> messages, CancellationToken cancellationToken)
    {
        var known = await Db.KnownBreachesAsync(messages.Select(m => m.BreachId), cancellationToken);
        foreach (var message in messages)
        {
            known(message.BreachId, message.AgreementId)
                .RecordDetermined(message.Clause, message.Severity, message.EvidenceKind, message.EvidenceId, message.Description, message.FactAt, message.BreachVersion);
        }
    }

    protected override Task HandleAsync(BreachDetermined message, CancellationToken cancellationToken) => HandleBatchAsync([message], cancellationToken);
}
