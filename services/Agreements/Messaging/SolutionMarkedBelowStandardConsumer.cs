using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Contracts.Events.Complaints;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>A solution clearly below industry standard is a major breach (4.2.2).</summary>
internal sealed class SolutionMarkedBelowStandardConsumer(AgreementsDbContext db, BreachRecorder breaches, TimeProvider time, ILogger<SolutionMarkedBelowStandardConsumer> logger)
    : IdempotentConsumer<SolutionMarkedBelowStandard, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(SolutionMarkedBelowStandard message, CancellationToken cancellationToken)
    {
        var agreement = await Db.FindAgreementAsync(message.AgreementId, cancellationToken);
        var fact = new SolutionBelowStandard(message.ComplaintId, message.AgreementId, message.OccurredAt, "marked below industry standard");
        await breaches.RecordAsync(BreachRules.ForSolutionBelowStandard(fact, agreement?.WasInForceAt(message.OccurredAt) ?? false), cancellationToken);
    }
}
