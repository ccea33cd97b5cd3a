using Platform.Contracts.Events.Assurance;
using Platform.Contracts.Events.Complaints;

namespace Platform.IntegrationTests.Services;

/// <summary>Facts the other contexts report, valid by default; each test names only what it is about.</summary>
internal static class BreachFacts
{
    public const string Promisor = "org-acme";

    public static ComplaintSlaBreached MissedClock(string agreementId, string clock = "FirstResponse", string severity = "Normal", DateTimeOffset? dueAt = null)
    {
        var due = dueAt ?? DateTimeOffset.UtcNow.AddSeconds(-1);
        return new ComplaintSlaBreached
        {
            ComplaintId = Guid.NewGuid(),
            AgreementId = Guid.Parse(agreementId),
            Clock = clock,
            DueAt = due,
            Severity = severity,
            ReceivedAt = due.AddMinutes(-5),
            OccurredAt = due,
        };
    }

    /// <summary>The last 30 days as a closed period (the agreement must have been in force at its end).</summary>
    public static ResolutionPeriodClosed PeriodClosed(string agreementId, string scope, int filed, int resolved)
    {
        var end = DateTimeOffset.UtcNow.AddMinutes(-1);
        return new ResolutionPeriodClosed
        {
            AgreementId = Guid.Parse(agreementId),
            PeriodStart = end.AddDays(-30),
            PeriodEnd = end,
            Scope = scope,
            Filed = filed,
            Resolved = resolved,
            OccurredAt = end,
        };
    }

    public static InterruptionStarted InterruptionStarted(string agreementId, DateTimeOffset startedAt, bool causedByPromisor = true) => new()
    {
        InterruptionId = Guid.NewGuid(),
        PromisorId = Promisor,
        AffectedAgreementIds = [Guid.Parse(agreementId)],
        CausedByPromisor = causedByPromisor,
        StartedAt = startedAt,
        OccurredAt = startedAt,
    };

    public static SurveyRecorded SurveyResult(string agreementId, decimal score, DateTimeOffset reportReceivedAt) => new()
    {
        SurveyId = Guid.NewGuid(),
        PromisorId = Promisor,
        AgreementIds = [Guid.Parse(agreementId)],
        Year = reportReceivedAt.Year - 1,
        Score = score,
        ReportReceivedAt = reportReceivedAt,
        OccurredAt = reportReceivedAt,
    };
}
