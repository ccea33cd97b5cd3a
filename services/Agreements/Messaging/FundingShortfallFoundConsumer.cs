using Platform.Agreements.Data;
using Platform.Agreements.Domain.Facts;
using Platform.Contracts.Events.Assurance;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>Keeps a promisor's year-end funding shortfall (3.1) for the compliance report.</summary>
internal sealed class FundingShortfallFoundConsumer(AgreementsDbContext db, TimeProvider time, ILogger<FundingShortfallFoundConsumer> logger)
    : IdempotentConsumer<FundingShortfallFound, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(FundingShortfallFound message, CancellationToken cancellationToken)
    {
        if (await Db.FundingShortfalls.FindAsync([message.PromisorId, message.Year], cancellationToken) is null)
        {
            Db.FundingShortfalls.Add(new FundingShortfallRecord(message.PromisorId, message.Year, message.PercentOfRevenue, message.RequiredPercent));
        }
    }
}
