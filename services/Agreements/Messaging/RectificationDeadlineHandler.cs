using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Messaging.Deadlines;

namespace Platform.Agreements.Messaging;

/// <summary>At report + K months, a survey below the floor that was not rectified in time is a major breach (4.2.3).</summary>
internal sealed class RectificationDeadlineHandler(AgreementsDbContext db, BreachRecorder breaches, TimeProvider time) : IDeadlineHandler
{
    public const string DeadlineKind = "breach.rectification";

    public string Kind => DeadlineKind;

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var (factId, agreementId) = DeadlineKey.Parse(deadline.Key);
        var survey = await db.Surveys.FindAsync([factId], cancellationToken);
        var agreement = await db.FindAgreementAsync(agreementId, cancellationToken);
        if (survey is null || agreement?.TermsAt(survey.ReportReceivedAt)?.Terms is not { } terms)
        {
            return;
        }

        var fact = new RectificationDeadlinePassed(
            survey.Id, agreement.Id, survey.ScoreOnScaleOf(terms.SatisfactionFloor!), terms.SatisfactionFloor!.Score, survey.ReportReceivedAt, terms.RectificationPeriodMonths!.Value, survey.RectifiedAt);
        await breaches.RecordAsync(BreachRules.ForUnrectifiedSurvey(fact, agreement.WasInForceAt(survey.ReportReceivedAt), time.GetUtcNow()), cancellationToken);
    }
}
