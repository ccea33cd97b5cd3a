using Platform.Assurance.Domain.Surveys;
using Platform.Messaging.Outbox;
using Platform.SharedKernel;
using Events = Platform.Contracts.Events.Assurance;

namespace Platform.Assurance.Messaging.Surveys;

/// <summary>
/// Turns the domain events of surveys and rectifications into integration events in the outbox (same
/// transaction). A survey's facts share its id as ordering key, so SurveyRecorded reaches Agreements before
/// RectificationCompleted.
/// </summary>
internal static class SurveyIntegrationEvents
{
    public static void Enqueue(Survey survey, IOutbox outbox)
    {
        foreach (var domainEvent in survey.DomainEvents)
        {
            outbox.Enqueue(
                domainEvent switch
                {
                    SurveyRecorded recorded => new Events.SurveyRecorded
                    {
                        SurveyId = survey.Id,
                        PromisorId = survey.PromisorId,
                        // The contract: no agreement ids means every agreement of the promisor.
                        AgreementIds = survey.AgreementIds,
                        Year = survey.Year,
                        Score = survey.Score,
                        ScaleMin = survey.ScaleMin,
                        ScaleMax = survey.ScaleMax,
                        EvaluatorId = survey.EvaluatorId,
                        ReportReceivedAt = survey.ReportReceivedAt,
                        OccurredAt = recorded.OccurredAt,
                    },
                    _ => throw Unknown(domainEvent),
                },
                survey.Id.ToString());
        }

        survey.ClearDomainEvents();
    }

    public static void Enqueue(Rectification rectification, IOutbox outbox)
    {
        var orderingKey = rectification.SurveyId.ToString();
        foreach (var domainEvent in rectification.DomainEvents)
        {
            switch (domainEvent)
            {
                case RectificationOpened opened:
                    outbox.Enqueue(
                        new Events.RectificationOpened
                        {
                            RectificationId = rectification.Id,
                            SurveyId = rectification.SurveyId,
                            PromisorId = rectification.PromisorId,
                            AgreementIds = rectification.AgreementIds,
                            Year = rectification.Year,
                            ReportReceivedAt = rectification.ReportReceivedAt,
                            Deadline = rectification.Deadline,
                            OccurredAt = opened.OccurredAt,
                        },
                        orderingKey);
                    break;
                case RectificationCompleted completed:
                    outbox.Enqueue(
                        new Events.RectificationCompleted
                        {
                            SurveyId = rectification.SurveyId,
                            CompletedAt = rectification.CompletedAt!.Value,
                            RectificationId = rectification.Id,
                            PromisorId = rectification.PromisorId,
                            OccurredAt = completed.OccurredAt,
                        },
                        orderingKey);
                    break;
                case RectificationOverdue overdue:
                    outbox.Enqueue(
                        new Events.RectificationOverdue
                        {
                            RectificationId = rectification.Id,
                            SurveyId = rectification.SurveyId,
                            PromisorId = rectification.PromisorId,
                            AgreementId = overdue.AgreementId,
                            Deadline = overdue.Deadline,
                            OccurredAt = overdue.OccurredAt,
                        },
                        orderingKey);
                    break;
                default:
                    throw Unknown(domainEvent);
            }
        }

        rectification.ClearDomainEvents();
    }

    private static InvalidOperationException Unknown(IDomainEvent domainEvent) => new($"No integration event for {domainEvent.GetType().Name}.");
}
