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
    protected override async Task HandleAsync(ComplaintFiled message, CancellationToken cancellationToken)
    {
        if (await Db.Set<KnownComplaint>().FindAsync([message.ComplaintId], cancellationToken) is null)
        {
            Db.Set<KnownComplaint>().Add(new KnownComplaint(message.ComplaintId, message.AgreementId, message.ReceivedAt));
        }
    }
}
