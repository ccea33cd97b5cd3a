using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Agreements.Domain.Facts;
using Platform.Contracts.Events.Complaints;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>
/// Flow 3: each scope's counts are kept for the compliance report, and a scope whose resolution rate is below
/// target is a minor breach (2.3.2). The target is the one of the terms in force at the end of the period,
/// when the rate is measured, as Agreements holds them. A scope Complaints found too small to judge is kept
/// but not judged.
/// </summary>
internal sealed class ResolutionRateMeasuredConsumer(AgreementsDbContext db, BreachRecorder breaches, TimeProvider time, ILogger<ResolutionRateMeasuredConsumer> logger)
    : IdempotentConsumer<ResolutionRateMeasured, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(ResolutionRateMeasured message, CancellationToken cancellationToken)
    {
        var agreement = await Db.FindAgreementAsync(message.AgreementId, cancellationToken);
        var lastInstant = message.PeriodEnd.AddTicks(-1);
        var terms = agreement?.TermsAt(lastInstant)?.Terms;
        foreach (var (scope, figures) in new[] { (ResolutionScope.All, message.All), (ResolutionScope.Major, message.Major) })
        {
            if (await Db.ResolutionPeriods.FindAsync([message.AgreementId, message.PeriodStart, scope], cancellationToken) is not null)
            {
                continue;
            }

            Db.ResolutionPeriods.Add(new ResolutionPeriodRecord(message.AgreementId, message.PeriodStart, message.PeriodEnd, scope, figures.Received, figures.Resolved));
            if (terms is null || !figures.SufficientSample)
            {
                continue;
            }

            var target = scope == ResolutionScope.Major ? terms.MajorResolutionRateTarget!.Value : terms.ResolutionRateTarget!.Value;
            var fact = new ResolutionPeriodClosed(message.AgreementId, message.PeriodStart, message.PeriodEnd, scope, figures.Received, figures.Resolved);
            await breaches.RecordAsync(BreachRules.ForResolutionPeriod(fact, target, agreement!.WasInForceAt(lastInstant)), cancellationToken);
        }
    }
}
