using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Common.V1;
using Platform.Contracts.Disputes.V1;
using Platform.EndToEndTests.Infrastructure;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Flows;

/// <summary>DESIGN §4 flow 7: a dispute on a breach runs its course in Disputes and settles the breach in Agreements.</summary>
[Collection(EndToEndCollectionDefinition.Name)]
public sealed class DisputeFlowTests(RunningPlatform platform, ITestOutputHelper output)
{
    private const string Officer = "officer-li";

    [Fact]
    public Task Dispute_on_a_breach_taken_through_negotiation_and_arbitration_to_an_award_settles_the_breach() => platform.RunAsync(output, async () =>
    {
        var agreement = await platform.SignedAgreementAsync();
        await platform.StartInterruptionAsync(agreement.Id);
        var breach = await platform.BreachAsync(agreement.Id, "4.2.1");

        // Disputes learns the breach from BreachDetermined; until then it refuses to link it.
        var open = OpenRequest(agreement.Id, breach.Id);
        var dispute = (await Eventually.FindAsync(async () => await platform.Disputes.OpenDisputeAsync(open), PlatformSteps.Timeout, "Disputes accepting the breach")).Dispute;
        Assert.Equal(DisputeStage.Negotiation, dispute.Stage);
        dispute = (await platform.Disputes.AssignOfficerAsync(new AssignOfficerRequest { DisputeId = dispute.Id, Version = dispute.Version, Actor = Officer, Officer = Officer })).Dispute;

        // Negotiation expires only after negotiation_max_days (whole days, not shortened for tests), so the
        // officer declares it failed, which leads to arbitration the same way.
        dispute = (await platform.Disputes.DeclareNegotiationFailedAsync(new DeclareNegotiationFailedRequest
        {
            DisputeId = dispute.Id,
            Version = dispute.Version,
            Actor = Officer,
            Reason = "No agreement on the amount",
        })).Dispute;
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

    private static OpenDisputeRequest OpenRequest(string agreementId, string breachId) => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        AgreementId = agreementId,
        Subject = "Outage past the threshold",
        BreachIds = { breachId },
        Actor = "customer-desk",
        Claimant = new Party { Name = "Globex Corporation", Role = PartyRole.Customer },
        Respondent = new Party { Name = "ACME Services Ltd", Role = PartyRole.Promisor },
        Claims = { new Claim { Text = "Service credit for the outage", Amount = new Money { CurrencyCode = "CNY", Amount = "20000" } } },
    };
}
