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

    /// <summary>
    /// The last 30 days as a measured period (the agreement must have been in force at its end), with the
    /// figures given for one scope and an empty, unjudged other scope.
    /// </summary>
    public static ResolutionRateMeasured RateMeasured(string agreementId, string scope, int received, int resolved, bool sufficientSample = true)
    {
        var end = DateTimeOffset.UtcNow.AddMinutes(-1);
        var measured = new ResolutionRateFigures { Received = received, Resolved = resolved, TargetPercent = 95m, SufficientSample = sufficientSample };
        var empty = new ResolutionRateFigures { Received = 0, Resolved = 0, TargetPercent = 95m, SufficientSample = false };
        return new ResolutionRateMeasured
        {
            AgreementId = Guid.Parse(agreementId),
            PeriodStart = end.AddDays(-30),
            PeriodEnd = end,
            TermsVersion = 1,
            MinimumSample = 1,
            All = scope == "All" ? measured : empty,
            Major = scope == "Major" ? measured : empty,
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
