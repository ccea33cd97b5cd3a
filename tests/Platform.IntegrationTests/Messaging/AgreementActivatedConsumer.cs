using Microsoft.Extensions.Logging;
using Platform.Contracts.Events.Agreements;
using Platform.Messaging.Inbox;

namespace Platform.IntegrationTests.Messaging;

/// <summary>A consumer as a service writes one: its effect is a row, committed with the inbox entry.</summary>
public sealed class AgreementActivatedConsumer(TestDbContext db, TimeProvider time, ILogger<AgreementActivatedConsumer> logger)
    : IdempotentConsumer<AgreementActivated, TestDbContext>(db, time, logger)
{
    protected override Task HandleAsync(AgreementActivated message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Db.ReceivedAgreements.Add(new ReceivedAgreement
        {
            AgreementId = message.AgreementId,
            AgreementVersion = message.AgreementVersion,
            ReceivedAt = Time.GetUtcNow(),
        });
        return Task.CompletedTask;
    }
}
