using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Assurance.V1;
using Platform.EndToEndTests.Infrastructure;

namespace Platform.EndToEndTests.Flows;

/// <summary>Survey steps: an agreement of its own promisor and a survey below its floor, due to be rectified soon.</summary>
internal static class SurveySteps
{
    /// <summary>
    /// Signs an agreement of a promisor of its own (so its surveys meet no other test's) whose rectification
    /// period, in whole months, ends at <paramref name="due"/> for a report received at the returned instant.
    /// </summary>
    public static async Task<(Agreement Agreement, DateTimeOffset ReportReceivedAt)> AgreementDueToRectifyAtAsync(this RunningPlatform platform, DateTimeOffset due)
    {
        // The deadline is K calendar months after the report; K = 1 cannot reach the 29th-31st of a month
        // that follows a shorter one (31 March - 1 month = 28 February), so take the smallest K that can.
        var months = Enumerable.Range(1, 12).First(k => due.AddMonths(-k).AddMonths(k) == due);
        var received = due.AddMonths(-months);
        var request = Requests.Agreement();
        request.Promisor.OrganizationId = $"org-{Guid.NewGuid():N}";
        request.EffectiveFrom = Timestamp.FromDateTimeOffset(received.AddMonths(-1));
        request.Terms.RectificationPeriodMonths = months;
        return (await platform.SignedAgreementAsync(request), received);
    }

    /// <summary>Records a survey of the agreement's promisor scoring 78 of 100, below the floor of 85.</summary>
    public static async Task<Survey> RecordLowSurveyAsync(this RunningPlatform platform, Agreement agreement, DateTimeOffset reportReceivedAt)
    {
        var promisorId = agreement.Promisor.OrganizationId;
        var evaluator = (await platform.Surveys.RegisterEvaluatorAsync(new RegisterEvaluatorRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PromisorId = promisorId,
            Name = "Independent Survey Institute",
            Accreditation = "CNAS-2026-118",
            IndependenceDeclaration = "No ownership or contract ties with the promisor",
            IndependenceDeclaredAt = Timestamp.FromDateTimeOffset(reportReceivedAt.AddDays(-1)),
            Actor = "assurance-manager",
        })).Evaluator;
        return (await platform.Surveys.RecordSurveyAsync(new RecordSurveyRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PromisorId = promisorId,
            Scope = SurveyScopeKind.Agreements,
            AgreementIds = { agreement.Id },
            Year = reportReceivedAt.Year - 1,
            EvaluatorId = evaluator.Id,
            Score = Requests.Decimal("78"),
            ScaleMin = Requests.Decimal("0"),
            ScaleMax = Requests.Decimal("100"),
            ReportReceivedAt = Timestamp.FromDateTimeOffset(reportReceivedAt),
            Actor = "assurance-manager",
        })).Survey;
    }
}
