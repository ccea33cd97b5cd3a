using Platform.Agreements.Data;
using Platform.Agreements.Domain.Facts;
using Platform.Contracts.Events.Assurance;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>Keeps the changes of a promisor's dedicated team (3.2) for the compliance report: a recovery.</summary>
internal sealed class StaffingRestoredConsumer(AgreementsDbContext db, TimeProvider time, ILogger<StaffingRestoredConsumer> logger)
    : IdempotentConsumer<StaffingRestored, AgreementsDbContext>(db, time, logger)
{
    protected override Task HandleAsync(StaffingRestored message, CancellationToken cancellationToken)
    {
        Db.StaffingChanges.Add(new StaffingChangeRecord(Guid.CreateVersion7(), message.PromisorId, message.At, isShort: false, message.Headcount, requiredHeadcount: null));
        return Task.CompletedTask;
    }
}
