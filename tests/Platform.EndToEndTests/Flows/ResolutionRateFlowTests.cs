using Platform.Contracts.Agreements.V1;
using Platform.EndToEndTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Flows;

/// <summary>DESIGN §4 flow 3: a measurement period closing below the resolution-rate target becomes a minor breach.</summary>
[Collection(EndToEndCollectionDefinition.Name)]
public sealed class ResolutionRateFlowTests(RunningPlatform platform, ITestOutputHelper output)
{
    [Fact]
    public Task Period_closing_with_the_resolution_rate_below_target_is_a_minor_breach_of_2_3_2() => platform.RunAsync(output, async () =>
    {
        // The MONTH period of the terms lasts 8 s here (Complaints__MeasurementPeriodLength), with a minimum sample of 1.
        var agreement = await platform.SignedAgreementAsync();

        await platform.Complaints.FileComplaintAsync(Requests.Complaint(agreement.Id));
        await platform.Complaints.FileComplaintAsync(Requests.Complaint(agreement.Id));

        // Neither is resolved: 0 % against a target of 95 %, once the period has closed.
        var breach = await platform.BreachAsync(agreement.Id, "2.3.2");
        Assert.Equal(BreachSeverity.Minor, breach.Severity);
    });
}
