using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Disputes.V1;
using Platform.EndToEndTests.Infrastructure;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Flows;

/// <summary>DESIGN §4 flow 7: a dispute on a breach goes negotiation → expiry → arbitration → award and settles the breach in Agreements.</summary>
[Collection(EndToEndCollectionDefinition.Name)]
public sealed class DisputeFlowTests(RunningPlatform platform, ITestOutputHelper output)
{
    private const string Officer = "officer-li";

    [Fact]
    public Task Dispute_on_a_breach_through_expired_negotiation_and_arbitration_to_an_award_settles_the_breach() => platform.RunAsync(output, async () =>
    {
        // In force for two days, with a one-day negotiation period: a negotiation that began a day ago (less a
        // few seconds) before the case was logged expires moments after the case opens.
        var request = Requests.Agreement();
        request.EffectiveFrom = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-2));
        request.Terms.NegotiationMaxDays = 1;
        var agreement = await platform.SignedAgreementAsync(request);
        await platform.StartInterruptionAsync(agreement.Id);
        var breach = await platform.BreachAsync(agreement.Id, "4.2.1");

        // Disputes learns the breach from BreachDetermined; until then it refuses to link it.
        var open = Requests.Dispute(agreement.Id, breach.Id);
        open.NegotiationStartedAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1).AddSeconds(6));
        var dispute = (await Eventually.FindAsync(async () => await platform.Disputes.OpenDisputeAsync(open), PlatformSteps.Timeout, "Disputes accepting the breach")).Dispute;
        Assert.Equal((DisputeStage.Negotiation, NegotiationState.Open), (dispute.Stage, dispute.NegotiationState));
        dispute = (await platform.Disputes.AssignOfficerAsync(new AssignOfficerRequest { DisputeId = dispute.Id, Version = dispute.Version, Actor = Officer, Officer = Officer })).Dispute;

        // The negotiation deadline passes; the Disputes scheduler records the expiry on its own.
        await Eventually.AssertAsync(
            async () => (await platform.Disputes.GetTimelineAsync(new GetTimelineRequest { DisputeId = dispute.Id })).Entries[^1].Action == "NegotiationPeriodExpired",
            PlatformSteps.Timeout,
            "the expiry of the negotiation period on the timeline");
        dispute = (await platform.Disputes.GetDisputeAsync(new GetDisputeRequest { DisputeId = dispute.Id })).Dispute;
        Assert.Equal(NegotiationState.Expired, dispute.NegotiationState);

        dispute = (await platform.Disputes.AdvanceToArbitrationAsync(new AdvanceToArbitrationRequest
        {
            DisputeId = dispute.Id,
            Version = dispute.Version,
            Actor = Officer,
            CaseNumber = "SHIAC-2026-0042",
        })).Dispute;
        dispute = (await platform.Disputes.RecordAwardAsync(new RecordAwardRequest
        {
            DisputeId = dispute.Id,
            Version = dispute.Version,
            Actor = Officer,
            AwardDate = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Summary = "Service credit of CNY 15,000",
        })).Dispute;
        Assert.Equal(DisputeStatus.Awarded, dispute.Status);

        await Eventually.AssertAsync(
            async () => (await platform.Agreements.GetBreachAsync(new GetBreachRequest { BreachId = breach.Id })).Breach.Status == BreachStatus.Settled,
            PlatformSteps.Timeout,
            $"breach {breach.Id} SETTLED in Agreements");
    });
}
