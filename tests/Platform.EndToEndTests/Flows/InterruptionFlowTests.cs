using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Assurance.V1;
using Platform.EndToEndTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Flows;

/// <summary>DESIGN §4 flow 5: an interruption past the threshold in Assurance becomes a major breach in Agreements.</summary>
[Collection(EndToEndCollectionDefinition.Name)]
public sealed class InterruptionFlowTests(RunningPlatform platform, ITestOutputHelper output)
{
    [Fact]
    public Task Interruption_still_running_past_the_threshold_is_a_major_breach_of_4_2_1_and_a_shorter_one_is_none() => platform.RunAsync(output, async () =>
    {
        var agreement = await platform.SignedAgreementAsync();

        // Reported first and ended at once, well inside the 5 s threshold.
        var shortOne = await platform.StartInterruptionAsync(agreement.Id);
        await platform.Interruptions.ReportInterruptionEndedAsync(new ReportInterruptionEndedRequest
        {
            InterruptionId = shortOne.Id,
            Version = shortOne.Version,
            EndedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            Actor = "noc",
        });
        var longOne = await platform.StartInterruptionAsync(agreement.Id);

        var breach = await platform.BreachAsync(agreement.Id, "4.2.1");
        Assert.Equal(BreachSeverity.Major, breach.Severity);
        Assert.Equal(longOne.Id, breach.Evidence.Id);
        // The short one's threshold passed before the long one's, so had it counted its breach would be here by now.
        Assert.Single(await platform.BreachesAsync(agreement.Id), b => b.Clause == "4.2.1");
    });
}
