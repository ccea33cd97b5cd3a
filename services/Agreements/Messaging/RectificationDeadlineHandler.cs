using Platform.Agreements.Data;
using Platform.Agreements.Domain.Breaches;
using Platform.Messaging.Deadlines;

namespace Platform.Agreements.Messaging;

/// <summary>At report + K months, a survey below the floor that was not rectified in time is a major breach (4.2.3).</summary>
internal sealed class RectificationDeadlineHandler(AgreementsDbContext db, BreachRecorder breaches, TimeProvider time) : IDeadlineHandler
{
    public const string DeadlineKind = "breach.rectification";

    public string Kind => DeadlineKind;

    public static string Key(Guid surveyId, Guid agreementId) => $"{surveyId}/{agreementId}";

    public async Task HandleAsync(Deadline deadline, CancellationToken cancellationToken)
    {
        var ids = deadline.Key.Split('/');
        var survey = await db.Surveys.FindAsync([Guid.Parse(ids[0])], cancellationToken);
        var agreement = await db.FindAgreementAsync(Guid.Parse(ids[1]), cancellationToken);
        if (survey is null || agreement?.TermsAt(survey.ReportReceivedAt)?.Terms is not { } terms)
        {
            return;
        }

        var fact = new RectificationDeadlinePassed(
            survey.Id, agreement.Id, survey.Score, terms.SatisfactionFloor!.Score, survey.ReportReceivedAt, terms.RectificationPeriodMonths!.Value, survey.RectifiedAt);
        await breaches.RecordAsync(BreachRules.ForUnrectifiedSurvey(fact, agreement.WasInForceAt(survey.ReportReceivedAt), time.GetUtcNow()), cancellationToken);
    }
}
