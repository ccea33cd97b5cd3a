using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Agreements.Domain.Facts;
using Platform.Contracts.Events.Assurance;
using Platform.Messaging.Deadlines;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>
/// Flow 6: a survey below an agreement's floor starts the rectification deadline at report + K months; if
/// it is not rectified by then, that is a major breach (4.2.3).
/// </summary>
internal sealed class SurveyRecordedConsumer(AgreementsDbContext db, IDeadlines deadlines, TimeProvider time, ILogger<SurveyRecordedConsumer> logger)
    : IdempotentConsumer<SurveyRecorded, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(SurveyRecorded message, CancellationToken cancellationToken)
    {
        if (await Db.Surveys.FindAsync([message.SurveyId], cancellationToken) is not null)
        {
            return;
        }

        // The contract: no agreement ids means every agreement of the promisor.
        var covered = await Db.InForceAsync(
            message.AgreementIds, message.AgreementIds.Count == 0, message.PromisorId, message.ReportReceivedAt, cancellationToken);
        var survey = new SurveyRecord(
            message.SurveyId, message.PromisorId, message.Year, message.Score, message.ReportReceivedAt, [.. covered.Select(a => a.Id)], message.ScaleMin, message.ScaleMax);
        Db.Surveys.Add(survey);
        foreach (var agreement in covered)
        {
            // Each agreement's floor is on its own scale: the evaluator's score is read on that scale.
            var terms = agreement.TermsAt(message.ReportReceivedAt)!.Terms;
            if (survey.ScoreOnScaleOf(terms.SatisfactionFloor!) < terms.SatisfactionFloor!.Score)
            {
                await deadlines.ScheduleAsync(
                    RectificationDeadlineHandler.DeadlineKind,
                    DeadlineKey.For(message.SurveyId, agreement.Id),
                    BreachRules.RectificationDeadline(message.ReportReceivedAt, terms.RectificationPeriodMonths!.Value),
                    cancellationToken);
            }
        }
    }
}
