using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Surveys;

/// <summary>Bad input to every Surveys RPC: INVALID_ARGUMENT naming the field, and nothing stored.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class SurveyRefusalTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private SurveysService.SurveysServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> EvaluatorFields =>
        ["request_id", "promisor_id", "name", "accreditation", "independence_declaration", "independence_declared_at", "actor"];

    public static TheoryData<string> SurveyFields =>
    [
        "request_id", "scope", "agreement_ids", "year", "evaluator_id", "score", "scale_min", "scale_max", "report_received_at", "actor",
    ];

    [Theory]
    [MemberData(nameof(EvaluatorFields))]
    public async Task Invalid_evaluator_is_INVALID_ARGUMENT_naming_the_field_and_stores_nothing(string field)
    {
        var promisorId = AssuranceFixture.NewPromisor();
        var request = SurveyRequests.Evaluator(promisorId);
        Action<RegisterEvaluatorRequest> breakIt = field switch
        {
            "request_id" => r => r.RequestId = "not-a-uuid",
            "promisor_id" => r => r.PromisorId = " ",
            "name" => r => r.Name = string.Empty,
            "accreditation" => r => r.Accreditation = new string('a', 301),
            "independence_declaration" => r => r.IndependenceDeclaration = string.Empty,
            "independence_declared_at" => r => r.IndependenceDeclaredAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(1)),
            _ => r => r.Actor = string.Empty,
        };
        breakIt(request);

        await AssertInvalidAsync(field, () => Client.RegisterEvaluatorAsync(request).ResponseAsync);

        Assert.Empty((await Client.ListEvaluatorsAsync(new ListEvaluatorsRequest { PromisorId = promisorId })).Evaluators);
    }

    [Theory]
    [MemberData(nameof(SurveyFields))]
    public async Task Invalid_survey_is_INVALID_ARGUMENT_naming_the_field_and_stores_nothing(string field)
    {
        var (promisorId, agreementId, evaluatorId) = await assurance.PromisorAsync();
        var request = SurveyRequests.Survey(promisorId, evaluatorId, score: 10m);
        Action<RecordSurveyRequest> breakIt = field switch
        {
            "request_id" => r => r.RequestId = string.Empty,
            "scope" => r => r.Scope = SurveyScopeKind.Unspecified,
            "agreement_ids" => r => r.AgreementIds.Add(agreementId.ToString()),
            "year" => r => r.Year = DateTimeOffset.UtcNow.Year + 1,
            "evaluator_id" => r => r.EvaluatorId = "not-a-uuid",
            "score" => r => r.Score = SurveyRequests.Decimal(101m),
            "scale_min" => r => r.ScaleMin = null,
            "scale_max" => r => r.ScaleMax = SurveyRequests.Decimal(0m),
            "report_received_at" => r => r.ReportReceivedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddHours(1)),
            _ => r => r.Actor = " ",
        };
        breakIt(request);

        await AssertInvalidAsync(field, () => Client.RecordSurveyAsync(request).ResponseAsync);

        Assert.Empty((await Client.ListSurveysAsync(new ListSurveysRequest { PromisorId = promisorId })).Surveys);
        Assert.Empty((await Client.ListRectificationsAsync(new ListRectificationsRequest { PromisorId = promisorId })).Rectifications);
    }

    [Fact]
    public async Task Invalid_completion_is_INVALID_ARGUMENT_naming_the_field_and_changes_nothing()
    {
        var (promisorId, _, evaluatorId) = await assurance.PromisorAsync();
        var rectification = (await Client.RecordSurveyAsync(SurveyRequests.Survey(promisorId, evaluatorId))).Rectification;
        var complete = new CompleteRectificationRequest { RectificationId = rectification.Id, Version = 1, Actor = SurveyRequests.Officer, Evidence = "Done." };

        await AssertInvalidAsync("rectification_id", () => Client.CompleteRectificationAsync(new(complete) { RectificationId = "x" }).ResponseAsync);
        await AssertInvalidAsync("actor", () => Client.CompleteRectificationAsync(new(complete) { Actor = string.Empty }).ResponseAsync);
        await AssertInvalidAsync("evidence", () => Client.CompleteRectificationAsync(new(complete) { Evidence = " " }).ResponseAsync);
        await AssertInvalidAsync("evidence_document_ref", () => Client.CompleteRectificationAsync(new(complete) { EvidenceDocumentRef = new string('d', 301) }).ResponseAsync);

        var unchanged = (await Client.GetRectificationAsync(new GetRectificationRequest { RectificationId = rectification.Id })).Rectification;
        Assert.Equal((RectificationStatus.Open, 1L), (unchanged.Status, unchanged.Version));
    }

    [Fact]
    public async Task Malformed_ids_and_ranges_of_the_reads_are_INVALID_ARGUMENT_naming_the_field()
    {
        await AssertInvalidAsync("evaluator_id", () => Client.GetEvaluatorAsync(new GetEvaluatorRequest { EvaluatorId = "x" }).ResponseAsync);
        await AssertInvalidAsync("promisor_id", () => Client.ListEvaluatorsAsync(new ListEvaluatorsRequest()).ResponseAsync);
        await AssertInvalidAsync("page_token", () => Client.ListEvaluatorsAsync(new ListEvaluatorsRequest { PromisorId = "org-a", PageToken = "!!" }).ResponseAsync);
        await AssertInvalidAsync("survey_id", () => Client.GetSurveyAsync(new GetSurveyRequest()).ResponseAsync);
        await AssertInvalidAsync("agreement_id", () => Client.ListSurveysAsync(new ListSurveysRequest { AgreementId = "x" }).ResponseAsync);
        await AssertInvalidAsync("page_size", () => Client.ListSurveysAsync(new ListSurveysRequest { PageSize = -1 }).ResponseAsync);
        await AssertInvalidAsync("promisor_id", () => Client.GetSurveyStatusAsync(new GetSurveyStatusRequest()).ResponseAsync);
        await AssertInvalidAsync("agreement_id", () => Client.GetSurveyStatusAsync(new GetSurveyStatusRequest { AgreementId = "x" }).ResponseAsync);
        await AssertInvalidAsync("from_year", () => Client.GetSurveyStatusAsync(new GetSurveyStatusRequest { PromisorId = "org-a", FromYear = 2026, ToYear = 2020 }).ResponseAsync);
        await AssertInvalidAsync("rectification_id", () => Client.GetRectificationAsync(new GetRectificationRequest { RectificationId = "x" }).ResponseAsync);
        await AssertInvalidAsync("agreement_id", () => Client.ListRectificationsAsync(new ListRectificationsRequest { AgreementId = "x" }).ResponseAsync);
        await AssertInvalidAsync("status", () => Client.ListRectificationsAsync(new ListRectificationsRequest { Status = (RectificationStatus)99 }).ResponseAsync);
    }

    private static async Task AssertInvalidAsync(string field, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }
}
