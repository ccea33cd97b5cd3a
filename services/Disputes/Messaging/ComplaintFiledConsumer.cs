using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Events.Complaints;
using Platform.Disputes.Data;
using Platform.Disputes.Domain.Complaints;
using Platform.Messaging.Inbox;

namespace Platform.Disputes.Messaging;

/// <summary>
/// Keeps which agreement each complaint was filed under, so a case can link the complaints it is about. Every
/// complaint filed comes here, hundreds a second under load: the filings that arrive together are kept together.
/// </summary>
internal sealed class ComplaintFiledConsumer(DisputesDbContext db, TimeProvider time, ILogger<ComplaintFiledConsumer> logger)
    : IdempotentBatchConsumer<ComplaintFiled, DisputesDbContext>(db, time, logger)
{
    protected override async Task HandleBatchAsync(IReadOnlyList<ComplaintFiled> messages, CancellationToken cancellationToken)
    {
        // New complaints are never known yet; one query finds any that are (a replay), instead of one per message.
        var ids = messages.Select(m => m.ComplaintId).Distinct().ToList();
        var known = (await Db.Set<KnownComplaint>().Where(c => ids.Contains(c.ComplaintId)).Select(c => c.ComplaintId).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var message in messages.Where(m => known.Add(m.ComplaintId)))
        {
            Db.Set<KnownComplaint>().Add(new KnownComplaint(message.ComplaintId, message.AgreementId, message.ReceivedAt));
        }
    }

    protected override Task HandleAsync(ComplaintFiled message, CancellationToken cancellationToken) => HandleBatchAsync([message], cancellationToken);
}
