using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Assurance.V1;
using Platform.Contracts.Events.Agreements;

namespace Platform.IntegrationTests.Services.Assurance.Surveys;

/// <summary>Valid survey requests by default; each test changes only what it is about.</summary>
internal static class SurveyRequests
{
    public const string Officer = "quality-officer";

    public static RegisterEvaluatorRequest Evaluator(string promisorId) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        PromisorId = promisorId,
        Name = "Independent Survey Institute",
        Accreditation = "CNAS L1234",
        IndependenceDeclaration = "No financial or personal ties to the promisor.",
        IndependenceDeclaredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddYears(-3)),
        Actor = Officer,
    };

    /// <summary>A whole-promisor survey scored <paramref name="score"/> of 0–100, its report received <paramref name="reportReceivedAt"/> (default a minute ago), for that year.</summary>
    public static RecordSurveyRequest Survey(string promisorId, string evaluatorId, decimal score = 80m, DateTimeOffset? reportReceivedAt = null)
    {
        var received = reportReceivedAt ?? DateTimeOffset.UtcNow.AddMinutes(-1);
        return new RecordSurveyRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            PromisorId = promisorId,
            Scope = SurveyScopeKind.Promisor,
            Year = received.UtcDateTime.Year,
            EvaluatorId = evaluatorId,
            Score = Decimal(score),
            ScaleMin = Decimal(0m),
            ScaleMax = Decimal(100m),
            ReportReceivedAt = Timestamp.FromDateTimeOffset(received),
            Actor = Officer,
        };
    }

    /// <summary>Terms with a floor of 85 on 0–100 and <paramref name="months"/> months to rectify.</summary>
    public static AgreementTermsSnapshot Terms(int months = 3) => AgreementFacts.Terms() with { RectificationPeriodMonths = months };

    public static Platform.Contracts.Common.V1.Decimal Decimal(decimal value) => new() { Value = value.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>Registers an evaluator for <paramref name="promisorId"/> and returns its id.</summary>
    public static async Task<string> EvaluatorAsync(this SurveysService.SurveysServiceClient client, string promisorId) =>
        (await client.RegisterEvaluatorAsync(Evaluator(promisorId))).Evaluator.Id;

    /// <summary>A promisor with one active agreement under <paramref name="terms"/> and an evaluator of its own.</summary>
    public static async Task<(string PromisorId, Guid AgreementId, string EvaluatorId)> PromisorAsync(
        this AssuranceFixture assurance, AgreementTermsSnapshot? terms = null, DateTimeOffset? effectiveFrom = null)
    {
        var promisorId = AssuranceFixture.NewPromisor();
        var agreementId = await assurance.ActiveAgreementAsync(promisorId, terms ?? Terms(), effectiveFrom);
        var evaluatorId = await new SurveysService.SurveysServiceClient(assurance.Channel).EvaluatorAsync(promisorId);
        return (promisorId, agreementId, evaluatorId);
    }
}
