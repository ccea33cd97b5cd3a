using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Assurance.V1;
using Platform.EndToEndTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Flows;

/// <summary>DESIGN §4 flow 6: a survey below the floor, not rectified in Assurance by its deadline, becomes a major breach.</summary>
[Collection(EndToEndCollectionDefinition.Name)]
public sealed class SurveyFlowTests(RunningPlatform platform, ITestOutputHelper output)
{
    [Fact]
    public Task Survey_below_the_floor_not_rectified_by_its_deadline_is_a_major_breach_of_4_2_3() => platform.RunAsync(output, async () =>
    {
        var (agreement, received) = await platform.AgreementDueToRectifyAtAsync(DateTimeOffset.UtcNow.AddSeconds(3));

        var survey = await platform.RecordLowSurveyAsync(agreement, received);
        Assert.NotEmpty(survey.RectificationId);

        var breach = await platform.BreachAsync(agreement.Id, "4.2.3");
        Assert.Equal(BreachSeverity.Major, breach.Severity);
    });

    [Fact]
    public Task Survey_below_the_floor_rectified_in_time_is_no_breach() => platform.RunAsync(output, async () =>
    {
        // Time enough to sign two agreements and complete the rectification before it is due, even on a busy
        // machine (CI runs the test assemblies side by side); completing after it would be refused as stale.
        var due = DateTimeOffset.UtcNow.AddSeconds(30);
        var (rectified, received) = await platform.AgreementDueToRectifyAtAsync(due);
        // A second agreement, left unrectified and due a second later, shows when the deadline has been judged.
        var (witness, witnessReceived) = await platform.AgreementDueToRectifyAtAsync(due.AddSeconds(1));
        var survey = await platform.RecordLowSurveyAsync(rectified, received);
        await platform.RecordLowSurveyAsync(witness, witnessReceived);

        var rectification = (await platform.Surveys.GetRectificationAsync(new GetRectificationRequest { RectificationId = survey.RectificationId })).Rectification;
        var completed = (await platform.Surveys.CompleteRectificationAsync(new CompleteRectificationRequest
        {
            RectificationId = rectification.Id,
            Version = rectification.Version,
            Actor = "assurance-manager",
            Evidence = "Service desk retrained; follow-up survey commissioned.",
        })).Rectification;

        Assert.Equal(RectificationStatus.Completed, completed.Status);
        // The witness is judged at its due time; give the breach a minute after that on a busy machine.
        await platform.BreachAsync(witness.Id, "4.2.3", due.AddSeconds(1) - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(await platform.BreachesAsync(rectified.Id), b => b.Clause == "4.2.3");
    });
}
