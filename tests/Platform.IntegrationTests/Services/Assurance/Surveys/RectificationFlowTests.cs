using Platform.Contracts.Assurance.V1;
using Platform.Contracts.Events.Assurance;
using Platform.IntegrationTests.Infrastructure;
using Platform.Assurance.Messaging.Surveys;

namespace Platform.IntegrationTests.Services.Assurance.Surveys;

/// <summary>
/// Flow 6 as Assurance runs it: a survey below the floor opens a rectification due report + K months; completed
/// in time it is closed, left open its deadline raises RectificationOverdue once. Past report dates make the
/// deadlines due at once; only order and uniqueness are asserted, never timing.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class RectificationFlowTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private SurveysService.SurveysServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Survey_below_the_floor_publishes_SurveyRecorded_and_RectificationOpened_due_report_plus_K_months()
    {
        var (promisorId, agreementId, evaluatorId) = await assurance.PromisorAsync(SurveyRequests.Terms(months: 3));
        var request = SurveyRequests.Survey(promisorId, evaluatorId, score: 80m);

        var recorded = await Client.RecordSurveyAsync(request);

        var surveyId = Guid.Parse(recorded.Survey.Id);
        var received = recorded.Survey.ReportReceivedAt.ToDateTimeOffset();
        var survey = await assurance.Events.FirstAsync<SurveyRecorded>(e => e.SurveyId == surveyId, "the survey");
        Assert.Equal((promisorId, 80m, 0m, 100m, received), (survey.PromisorId, survey.Score, survey.ScaleMin, survey.ScaleMax, survey.ReportReceivedAt));
        Assert.Empty(survey.AgreementIds);
        var opened = await assurance.Events.FirstAsync<RectificationOpened>(e => e.SurveyId == surveyId, "its rectification");
        Assert.Equal([agreementId], opened.AgreementIds);
        Assert.Equal(received.AddMonths(3), opened.Deadline);
        Assert.Equal((opened.RectificationId.ToString(), RectificationStatus.Open), (recorded.Rectification.Id, recorded.Rectification.Status));
        Assert.Equal(opened.RectificationId.ToString(), recorded.Survey.RectificationId);
    }

    [Fact]
    public async Task Survey_at_the_floor_publishes_SurveyRecorded_and_opens_no_rectification()
    {
        var (promisorId, agreementId, evaluatorId) = await assurance.PromisorAsync();

        var recorded = await Client.RecordSurveyAsync(SurveyRequests.Survey(promisorId, evaluatorId, score: 85m));

        await assurance.Events.FirstAsync<SurveyRecorded>(e => e.SurveyId == Guid.Parse(recorded.Survey.Id), "the survey");
        Assert.Null(recorded.Rectification);
        Assert.Empty((await Client.ListRectificationsAsync(new ListRectificationsRequest { AgreementId = agreementId.ToString() })).Rectifications);
    }

    [Fact]
    public async Task Score_on_another_scale_is_judged_converted_to_the_terms_scale()
    {
        var (promisorId, _, evaluatorId) = await assurance.PromisorAsync();
        var request = SurveyRequests.Survey(promisorId, evaluatorId);
        (request.Score, request.ScaleMin, request.ScaleMax) = (SurveyRequests.Decimal(4.2m), SurveyRequests.Decimal(0m), SurveyRequests.Decimal(5m));

        var recorded = await Client.RecordSurveyAsync(request);

        var agreement = Assert.Single(recorded.Rectification.Agreements);
        Assert.Equal((84m, 85m), (Parse(agreement.ScoreOnTermsScale), Parse(agreement.Floor)));
    }

    [Fact]
    public async Task Rectification_left_open_past_its_deadline_raises_RectificationOverdue_once()
    {
        var (promisorId, agreementId, evaluatorId) = await assurance.PromisorAsync(SurveyRequests.Terms(months: 1));
        var recorded = await Client.RecordSurveyAsync(SurveyRequests.Survey(promisorId, evaluatorId, reportReceivedAt: DateTimeOffset.UtcNow.AddDays(-40)));
        var rectificationId = Guid.Parse(recorded.Rectification.Id);

        var overdue = await assurance.Events.FirstAsync<RectificationOverdue>(e => e.RectificationId == rectificationId, "the deadline passed");

        Assert.Equal((agreementId, recorded.Rectification.Deadline.ToDateTimeOffset()), (overdue.AgreementId, overdue.Deadline));
        var seen = (await Client.GetRectificationAsync(new GetRectificationRequest { RectificationId = recorded.Rectification.Id })).Rectification;
        Assert.Equal((RectificationStatus.Overdue, 2L), (seen.Status, seen.Version));
        Assert.Single(seen.History, h => h.Action == "Overdue");
        // Completed late: its fact follows any overdue of the same survey, so a repeated overdue would be seen by now.
        var completed = await Client.CompleteRectificationAsync(Complete(seen));
        await assurance.Events.FirstAsync<RectificationCompleted>(e => e.RectificationId == rectificationId, "completed late");
        Assert.Equal(RectificationStatus.CompletedLate, completed.Rectification.Status);
        Assert.Single(assurance.Events.Of<RectificationOverdue>(e => e.RectificationId == rectificationId));
    }

    [Fact]
    public async Task Rectification_completed_in_time_publishes_RectificationCompleted_and_cancels_its_overdue_check()
    {
        var (promisorId, agreementId, evaluatorId) = await assurance.PromisorAsync();
        var recorded = await Client.RecordSurveyAsync(SurveyRequests.Survey(promisorId, evaluatorId));
        var key = RectificationDeadlines.Key(Guid.Parse(recorded.Rectification.Id), agreementId);
        Assert.Equal("Pending", await StoredDeadlines.StatusAsync(assurance, RectificationDeadlines.Overdue, key));

        var completed = (await Client.CompleteRectificationAsync(Complete(recorded.Rectification))).Rectification;

        var fact = await assurance.Events.FirstAsync<RectificationCompleted>(e => e.SurveyId == Guid.Parse(recorded.Survey.Id), "completed");
        Assert.Equal((completed.CompletedAt.ToDateTimeOffset(), promisorId), (fact.CompletedAt, fact.PromisorId));
        Assert.Equal((RectificationStatus.Completed, "Retrained the hotline team.", "doc-2026-17"), (completed.Status, completed.Evidence, completed.EvidenceDocumentRef));
        Assert.Equal("Cancelled", await StoredDeadlines.StatusAsync(assurance, RectificationDeadlines.Overdue, key));
        Assert.Empty(assurance.Events.Of<RectificationOverdue>(e => e.RectificationId == fact.RectificationId));
    }

    [Fact]
    public async Task Retried_survey_returns_the_survey_recorded_first_and_publishes_it_once()
    {
        var (promisorId, _, evaluatorId) = await assurance.PromisorAsync();
        var request = SurveyRequests.Survey(promisorId, evaluatorId);

        var first = await Client.RecordSurveyAsync(request);
        var retried = await Client.RecordSurveyAsync(request);

        Assert.Equal((first.Survey, first.Rectification.Id), (retried.Survey, retried.Rectification.Id));
        await assurance.Events.FirstAsync<RectificationOpened>(e => e.SurveyId == Guid.Parse(first.Survey.Id), "its rectification");
        Assert.Single(assurance.Events.Of<SurveyRecorded>(e => e.SurveyId == Guid.Parse(first.Survey.Id)));
        Assert.Single((await Client.ListSurveysAsync(new ListSurveysRequest { PromisorId = promisorId })).Surveys);
    }

    private static decimal Parse(Platform.Contracts.Common.V1.Decimal value) => decimal.Parse(value.Value, System.Globalization.CultureInfo.InvariantCulture);

    private static CompleteRectificationRequest Complete(Rectification rectification) => new()
    {
        RectificationId = rectification.Id,
        Version = rectification.Version,
        Actor = SurveyRequests.Officer,
        Evidence = "Retrained the hotline team.",
        EvidenceDocumentRef = "doc-2026-17",
    };
}
