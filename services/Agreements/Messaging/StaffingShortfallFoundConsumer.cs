using Platform.Agreements.Data;
using Platform.Agreements.Domain.Facts;
using Platform.Contracts.Events.Assurance;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>Keeps the changes of a promisor's dedicated team (3.2) for the compliance report: a shortfall.</summary>
internal sealed class StaffingShortfallFoundConsumer(AgreementsDbContext db, TimeProvider time, ILogger<StaffingShortfallFoundConsumer> logger)
    : IdempotentConsumer<StaffingShortfallFound, AgreementsDbContext>(db, time, logger)
{
    protected override Task HandleAsync(StaffingShortfallFound message, CancellationToken cancellationToken)
    {
        Db.StaffingChanges.Add(new StaffingChangeRecord(Guid.CreateVersion7(), message.PromisorId, message.At, isShort: true, message.Headcount, message.RequiredHeadcount));
        return Task.CompletedTask;
    }
}
