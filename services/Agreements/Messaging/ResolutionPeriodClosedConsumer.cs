using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Agreements.Domain.Facts;
using Facts = Platform.Contracts.Events.Complaints;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>
/// Flow 3: the period's counts are kept for the compliance report, and a period closed with its resolution rate below target is a minor breach (2.3.2). The target is
/// the one of the terms in force at the end of the period, when the rate is measured.
/// </summary>
internal sealed class ResolutionPeriodClosedConsumer(AgreementsDbContext db, BreachRecorder breaches, TimeProvider time, ILogger<ResolutionPeriodClosedConsumer> logger)
    : IdempotentConsumer<Facts.ResolutionPeriodClosed, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(Facts.ResolutionPeriodClosed message, CancellationToken cancellationToken)
    {
        var scope = AgreementLookup.ParseEnum<ResolutionScope>(message.Scope, "scope");
        if (await Db.ResolutionPeriods.FindAsync([message.AgreementId, message.PeriodStart, scope], cancellationToken) is not null)
        {
            return;
        }

        Db.ResolutionPeriods.Add(new ResolutionPeriodRecord(message.AgreementId, message.PeriodStart, message.PeriodEnd, scope, message.Filed, message.Resolved));
        var agreement = await Db.FindAgreementAsync(message.AgreementId, cancellationToken);
        var lastInstant = message.PeriodEnd.AddTicks(-1);
        if (agreement?.TermsAt(lastInstant)?.Terms is not { } terms)
        {
            return;
        }

        var target = scope == ResolutionScope.Major ? terms.MajorResolutionRateTarget!.Value : terms.ResolutionRateTarget!.Value;
        var fact = new ResolutionPeriodClosed(message.AgreementId, message.PeriodStart, message.PeriodEnd, scope, message.Filed, message.Resolved);
        await breaches.RecordAsync(BreachRules.ForResolutionPeriod(fact, target, agreement.WasInForceAt(lastInstant)), cancellationToken);
    }
}
