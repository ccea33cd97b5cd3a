using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Surveys;

/// <summary>What the Surveys RPCs answer to unknown records, stale versions, reused request ids and a second survey of a year.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class SurveyConflictTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private SurveysService.SurveysServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Unknown_records_are_NOT_FOUND()
    {
        var unknown = Guid.NewGuid().ToString();
        var (promisorId, _, _) = await assurance.PromisorAsync();

        await AssertCodeAsync(StatusCode.NotFound, () => Client.GetEvaluatorAsync(new GetEvaluatorRequest { EvaluatorId = unknown }).ResponseAsync);
        await AssertCodeAsync(StatusCode.NotFound, () => Client.GetSurveyAsync(new GetSurveyRequest { SurveyId = unknown }).ResponseAsync);
        await AssertCodeAsync(StatusCode.NotFound, () => Client.GetRectificationAsync(new GetRectificationRequest { RectificationId = unknown }).ResponseAsync);
        await AssertCodeAsync(StatusCode.NotFound, () => Client.GetSurveyStatusAsync(new GetSurveyStatusRequest { AgreementId = unknown }).ResponseAsync);
        await AssertCodeAsync(
            StatusCode.NotFound,
            () => Client.CompleteRectificationAsync(new CompleteRectificationRequest { RectificationId = unknown, Version = 1, Actor = "a", Evidence = "e" }).ResponseAsync);
        await AssertCodeAsync(StatusCode.NotFound, () => Client.RecordSurveyAsync(SurveyRequests.Survey(promisorId, unknown)).ResponseAsync);
        Assert.Empty((await Client.ListSurveysAsync(new ListSurveysRequest { PromisorId = promisorId })).Surveys);
    }

    [Fact]
    public async Task Completion_at_a_stale_version_is_ABORTED_and_changes_nothing()
    {
        var (promisorId, _, evaluatorId) = await assurance.PromisorAsync();
        var rectification = (await Client.RecordSurveyAsync(SurveyRequests.Survey(promisorId, evaluatorId))).Rectification;

        await AssertCodeAsync(
            StatusCode.Aborted,
            () => Client.CompleteRectificationAsync(new CompleteRectificationRequest { RectificationId = rectification.Id, Version = 5, Actor = "a", Evidence = "e" }).ResponseAsync);

        Assert.Equal(1L, (await Client.GetRectificationAsync(new GetRectificationRequest { RectificationId = rectification.Id })).Rectification.Version);
    }

    [Fact]
    public async Task Second_completion_is_FAILED_PRECONDITION()
    {
        var (promisorId, _, evaluatorId) = await assurance.PromisorAsync();
        var rectification = (await Client.RecordSurveyAsync(SurveyRequests.Survey(promisorId, evaluatorId))).Rectification;
        var complete = new CompleteRectificationRequest { RectificationId = rectification.Id, Version = 1, Actor = "a", Evidence = "e" };
        var completed = (await Client.CompleteRectificationAsync(complete)).Rectification;

        var error = await AssertCodeAsync(StatusCode.FailedPrecondition, () => Client.CompleteRectificationAsync(new(complete) { Version = completed.Version }).ResponseAsync);

        Assert.Equal("rectification.already_completed", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
    }

    [Fact]
    public async Task Retried_evaluator_registration_returns_the_evaluator_registered_first_and_stores_one()
    {
        var promisorId = AssuranceFixture.NewPromisor();
        var request = SurveyRequests.Evaluator(promisorId);
        var first = (await Client.RegisterEvaluatorAsync(request)).Evaluator;

        var retried = (await Client.RegisterEvaluatorAsync(request)).Evaluator;

        Assert.Equal(first, retried);
        Assert.Equal(first.Id, Assert.Single((await Client.ListEvaluatorsAsync(new ListEvaluatorsRequest { PromisorId = promisorId })).Evaluators).Id);
    }

    [Fact]
    public async Task Reused_request_ids_with_other_content_are_ALREADY_EXISTS()
    {
        var (promisorId, _, evaluatorId) = await assurance.PromisorAsync();
        var evaluator = SurveyRequests.Evaluator(promisorId);
        await Client.RegisterEvaluatorAsync(evaluator);
        var survey = SurveyRequests.Survey(promisorId, evaluatorId);
        await Client.RecordSurveyAsync(survey);

        await AssertCodeAsync(StatusCode.AlreadyExists, () => Client.RegisterEvaluatorAsync(new(evaluator) { Name = "Another Institute" }).ResponseAsync);
        await AssertCodeAsync(StatusCode.AlreadyExists, () => Client.RecordSurveyAsync(new(survey) { Score = SurveyRequests.Decimal(99m) }).ResponseAsync);

        Assert.Equal(2, (await Client.ListEvaluatorsAsync(new ListEvaluatorsRequest { PromisorId = promisorId })).Evaluators.Count);
        Assert.Single((await Client.ListSurveysAsync(new ListSurveysRequest { PromisorId = promisorId })).Surveys);
    }

    [Fact]
    public async Task Second_survey_of_a_year_for_an_overlapping_scope_is_ALREADY_EXISTS_and_stores_nothing()
    {
        var (promisorId, agreementId, evaluatorId) = await assurance.PromisorAsync();
        await Client.RecordSurveyAsync(SurveyRequests.Survey(promisorId, evaluatorId, score: 90m));
        var second = SurveyRequests.Survey(promisorId, evaluatorId, score: 95m);
        second.Scope = SurveyScopeKind.Agreements;
        second.AgreementIds.Add(agreementId.ToString());

        var error = await AssertCodeAsync(StatusCode.AlreadyExists, () => Client.RecordSurveyAsync(second).ResponseAsync);

        Assert.Equal("survey.already_recorded", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Single((await Client.ListSurveysAsync(new ListSurveysRequest { PromisorId = promisorId })).Surveys);
    }

    [Fact]
    public async Task Evaluator_or_agreement_of_another_promisor_is_FAILED_PRECONDITION_and_stores_nothing()
    {
        var (promisorId, agreementId, evaluatorId) = await assurance.PromisorAsync();
        var (otherPromisor, otherAgreement, otherEvaluator) = await assurance.PromisorAsync();
        var namingOther = SurveyRequests.Survey(promisorId, evaluatorId);
        namingOther.Scope = SurveyScopeKind.Agreements;
        namingOther.AgreementIds.Add(otherAgreement.ToString());
        var unknownAgreement = SurveyRequests.Survey(promisorId, evaluatorId);
        unknownAgreement.Scope = SurveyScopeKind.Agreements;
        unknownAgreement.AgreementIds.Add(Guid.NewGuid().ToString());

        var reasons = new List<string>();
        foreach (var request in new[] { SurveyRequests.Survey(promisorId, otherEvaluator), namingOther, unknownAgreement })
        {
            var error = await AssertCodeAsync(StatusCode.FailedPrecondition, () => Client.RecordSurveyAsync(request).ResponseAsync);
            reasons.Add(error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        }

        Assert.Equal(["survey.evaluator_of_other_promisor", "survey.agreement_of_other_promisor", "survey.agreement_unknown"], reasons);
        Assert.Empty((await Client.ListSurveysAsync(new ListSurveysRequest { PromisorId = promisorId })).Surveys);
        Assert.Empty((await Client.ListSurveysAsync(new ListSurveysRequest { AgreementId = agreementId.ToString() })).Surveys);
        Assert.Empty((await Client.ListSurveysAsync(new ListSurveysRequest { PromisorId = otherPromisor })).Surveys);
    }

    private static async Task<RpcException> AssertCodeAsync(StatusCode code, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, error.StatusCode);
        return error;
    }
}
