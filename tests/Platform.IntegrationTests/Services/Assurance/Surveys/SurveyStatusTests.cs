using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Surveys;

/// <summary>Clause 2.3.3 over the years: one survey a year while an agreement is in force; a year over without one is missing.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class SurveyStatusTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private static readonly int ThisYear = DateTimeOffset.UtcNow.Year;

    private SurveysService.SurveysServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Year_over_without_a_survey_while_an_agreement_was_in_force_is_missing()
    {
        var effective = new DateTimeOffset(ThisYear - 3, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var (promisorId, agreementId, evaluatorId) = await assurance.PromisorAsync(effectiveFrom: effective);
        var lastYear = await Client.RecordSurveyAsync(SurveyRequests.Survey(promisorId, evaluatorId, score: 90m, reportReceivedAt: new DateTimeOffset(ThisYear - 1, 2, 1, 0, 0, 0, TimeSpan.Zero)));

        var status = await Client.GetSurveyStatusAsync(new GetSurveyStatusRequest { PromisorId = promisorId, FromYear = ThisYear - 4, ToYear = ThisYear });

        Assert.Equal(
            [SurveyYearStatus.NotRequired, SurveyYearStatus.Missing, SurveyYearStatus.Missing, SurveyYearStatus.Surveyed, SurveyYearStatus.Pending],
            status.Years.Select(y => y.Status));
        Assert.Equal([ThisYear - 3, ThisYear - 2], status.MissingYears);
        Assert.Equal(lastYear.Survey.Id, Assert.Single(status.Years[3].Surveys).Id);
        var byAgreement = await Client.GetSurveyStatusAsync(new GetSurveyStatusRequest { AgreementId = agreementId.ToString(), FromYear = ThisYear - 4, ToYear = ThisYear });
        Assert.Equal(status.Years.Select(y => y.Status), byAgreement.Years.Select(y => y.Status));
        Assert.Equal(promisorId, byAgreement.PromisorId);
    }

    [Fact]
    public async Task Status_lists_the_rectifications_still_open()
    {
        var (promisorId, agreementId, evaluatorId) = await assurance.PromisorAsync();
        var low = await Client.RecordSurveyAsync(SurveyRequests.Survey(promisorId, evaluatorId, score: 70m));

        var status = await Client.GetSurveyStatusAsync(new GetSurveyStatusRequest { AgreementId = agreementId.ToString() });

        Assert.Equal(low.Rectification.Id, Assert.Single(status.OpenRectifications).Id);
        Assert.Equal(SurveyYearStatus.Surveyed, status.Years.Single(y => y.Year == low.Survey.Year).Status);
    }

    [Fact]
    public async Task Survey_of_named_agreements_covers_only_those()
    {
        var (promisorId, agreementId, evaluatorId) = await assurance.PromisorAsync();
        var other = await assurance.ActiveAgreementAsync(promisorId, SurveyRequests.Terms());
        var request = SurveyRequests.Survey(promisorId, evaluatorId, score: 70m);
        request.Scope = SurveyScopeKind.Agreements;
        request.AgreementIds.Add(agreementId.ToString());

        var recorded = await Client.RecordSurveyAsync(request);

        Assert.Equal([agreementId.ToString()], recorded.Rectification.Agreements.Select(a => a.AgreementId));
        Assert.Single((await Client.ListSurveysAsync(new ListSurveysRequest { AgreementId = agreementId.ToString() })).Surveys);
        Assert.Empty((await Client.ListSurveysAsync(new ListSurveysRequest { AgreementId = other.ToString() })).Surveys);
        var otherStatus = await Client.GetSurveyStatusAsync(new GetSurveyStatusRequest { AgreementId = other.ToString() });
        Assert.Equal(SurveyYearStatus.Pending, otherStatus.Years.Single(y => y.Year == ThisYear).Status);
    }

    [Fact]
    public async Task Listings_page_newest_first_and_filter_by_status()
    {
        var (promisorId, agreementId, evaluatorId) = await assurance.PromisorAsync(SurveyRequests.Terms(months: 1));
        var older = await Client.RecordSurveyAsync(SurveyRequests.Survey(promisorId, evaluatorId, reportReceivedAt: new DateTimeOffset(ThisYear - 1, 3, 1, 0, 0, 0, TimeSpan.Zero)));
        var newer = await Client.RecordSurveyAsync(SurveyRequests.Survey(promisorId, evaluatorId));

        var first = await Client.ListSurveysAsync(new ListSurveysRequest { PromisorId = promisorId, PageSize = 1 });
        var second = await Client.ListSurveysAsync(new ListSurveysRequest { PromisorId = promisorId, PageSize = 1, PageToken = first.NextPageToken });

        Assert.Equal([newer.Survey.Id, older.Survey.Id], first.Surveys.Concat(second.Surveys).Select(s => s.Id));
        Assert.Equal(string.Empty, second.NextPageToken);
        var overdue = await Client.ListRectificationsAsync(new ListRectificationsRequest { AgreementId = agreementId.ToString(), Status = RectificationStatus.Overdue });
        Assert.Equal(older.Rectification.Id, Assert.Single(overdue.Rectifications).Id);
        var open = await Client.ListRectificationsAsync(new ListRectificationsRequest { PromisorId = promisorId, Status = RectificationStatus.Open });
        Assert.Equal(newer.Rectification.Id, Assert.Single(open.Rectifications).Id);
        var evaluators = await Client.ListEvaluatorsAsync(new ListEvaluatorsRequest { PromisorId = promisorId });
        Assert.Equal(evaluatorId, Assert.Single(evaluators.Evaluators).Id);
    }
}
