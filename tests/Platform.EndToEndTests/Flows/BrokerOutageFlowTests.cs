using Google.Protobuf.WellKnownTypes;
using Grpc.Health.V1;
using Platform.Contracts.Complaints.V1;
using Platform.EndToEndTests.Infrastructure;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Flows;

/// <summary>
/// DESIGN §4 reliable messaging: while RabbitMQ is gone the services keep taking work and keep their facts
/// in their outboxes; when it is back, every fact arrives, once.
/// </summary>
[Collection(EndToEndCollectionDefinition.Name)]
public sealed class BrokerOutageFlowTests(RunningPlatform platform, ITestOutputHelper output)
{
    /// <summary>
    /// After the broker returns: the services reconnect and the outbox relays retry with back-off (up to 10 s
    /// between tries), on a machine that may be busy.
    /// </summary>
    private static readonly TimeSpan AfterOutage = TimeSpan.FromSeconds(120);

    [Fact]
    public Task Facts_raised_while_the_broker_is_unreachable_arrive_once_it_is_back_and_only_once() => platform.RunAsync(output, async () =>
    {
        // Only the first-response clock (2 s) runs out during the test.
        var request = Requests.Agreement();
        request.Terms.SolutionOrUpdateWithin = Duration.FromTimeSpan(TimeSpan.FromHours(1));
        var agreement = await platform.SignedAgreementAsync(request);
        string complaintId;
        string signedDuringOutageId;
        try
        {
            // The proxy resets every connection to RabbitMQ and refuses new ones: to the services this is
            // exactly a stopped broker. Only this platform's services go through the proxy.
            platform.Broker.Cut();
            await Eventually.AssertAsync(
                async () => (await platform.HealthAsync()).Values.All(status => status == HealthCheckResponse.Types.ServingStatus.NotServing),
                AfterOutage,
                "every service reporting NOT_SERVING without its broker");

            // Work goes on: a complaint is filed and its clock runs out; another agreement is signed.
            var complaint = (await platform.Complaints.FileComplaintAsync(Requests.Complaint(agreement.Id))).Complaint;
            complaintId = complaint.Id;
            var draft = (await platform.Agreements.CreateAgreementAsync(Requests.Agreement())).Agreement;
            signedDuringOutageId = (await platform.SignAsync(draft)).Id;
            await Eventually.AssertAsync(
                async () => (await platform.ComplaintAsync(complaintId)).FirstResponse().State == ClockState.Missed,
                AfterOutage,
                "the first-response clock missed while the broker is unreachable");

            // The facts are held back, not lost: nothing has reached the other contexts yet.
            Assert.Empty(await platform.BreachesAsync(agreement.Id));
            Assert.All(await platform.EligibilityAsync(signedDuringOutageId), eligibility => Assert.False(eligibility.Known));
        }
        finally
        {
            // Even when the test fails: the rest of the collection shares this platform.
            platform.Broker.Restore();
        }

        var breach = await platform.BreachAsync(agreement.Id, "2.3.1", AfterOutage);
        Assert.Equal(complaintId, breach.Evidence.Id);
        await Eventually.AssertAsync(
            async () => (await platform.EligibilityAsync(signedDuringOutageId)).All(e => e.Eligible),
            AfterOutage,
            "the agreement signed during the outage eligible in Complaints, Assurance and Disputes");
        await Eventually.AssertAsync(
            async () => (await platform.HealthAsync()).Values.All(status => status == HealthCheckResponse.Types.ServingStatus.Serving),
            AfterOutage,
            "every service SERVING again");
        // Publishes cut off mid-confirmation are sent again; Agreements still records the missed clock once.
        Assert.Single(await platform.BreachesAsync(agreement.Id), b => b.Clause == "2.3.1");
    });
}
