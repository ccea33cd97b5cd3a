using Platform.Agreements.Data;
using Platform.Contracts.Events.Assurance;
using Platform.Messaging.Inbox;

namespace Platform.Agreements.Messaging;

/// <summary>
/// A survey's shortfall was rectified. The rectification deadline still fires and judges the time of
/// rectification, so an in-time rectification reported before the deadline fires is no breach; one reported
/// after the deadline fired is too late to undo the breach, which an officer then handles.
/// </summary>
internal sealed class RectificationCompletedConsumer(AgreementsDbContext db, TimeProvider time, ILogger<RectificationCompletedConsumer> logger)
    : IdempotentConsumer<RectificationCompleted, AgreementsDbContext>(db, time, logger)
{
    protected override async Task HandleAsync(RectificationCompleted message, CancellationToken cancellationToken)
    {
        var survey = await Db.Surveys.FindAsync([message.SurveyId], cancellationToken)
            ?? throw new InvalidOperationException($"Survey {message.SurveyId} was rectified before its result was received; retrying.");
        survey.Rectify(message.CompletedAt);
    }
}
