using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Disputes.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Disputes;

/// <summary>Clause 5.3: a case taken to court on the parties' written agreement to a judgment, and how cases are listed.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class DisputeLitigationTests(PlatformInfrastructure infrastructure, DisputesFixture disputes)
    : IClassFixture<DisputesFixture>, IAsyncLifetime
{
    private DisputesService.DisputesServiceClient Client => disputes.Client;

    public Task InitializeAsync() => disputes.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Failed_negotiation_litigated_on_the_parties_agreement_ends_judged_at_the_terms_venue_and_the_breach_settled()
    {
        var (agreementId, breachId) = await disputes.BreachAsync();
        var dispute = await disputes.OpenDisputeAsync(agreementId, breachId, DisputeRequests.Officer, negotiationFailed: true);

        dispute = (await Client.AdvanceToLitigationAsync(DisputeRequests.Litigate(dispute.Id, dispute.Version))).Dispute;
        Assert.Equal(
            (DisputeStage.Litigation, LitigationGround.PartiesAgreedLitigation, "Written litigation agreement of 2026-12-01", AgreementRequests.CompleteTerms().LitigationVenue),
            (dispute.Stage, dispute.Litigation.Ground, dispute.Litigation.GroundReference, dispute.Litigation.Court));
        dispute = (await Client.RecordCourtHearingAsync(DisputeRequests.CourtHearing(dispute.Id, dispute.Version))).Dispute;
        dispute = (await Client.RecordJudgmentAsync(DisputeRequests.Judgment(dispute.Id, dispute.Version))).Dispute;

        Assert.Equal((DisputeStage.Litigation, DisputeStatus.Judged), (dispute.Stage, dispute.Status));
        Assert.Equal(("2027-02-10", "2027-03-01"), (Assert.Single(dispute.Litigation.Hearings).Date, dispute.Litigation.JudgmentDate));
        Assert.NotNull(dispute.ClosedAt);
        await disputes.ResolvedAsync(dispute.Id, "Judged");
        await disputes.BreachStatusAsync(breachId, BreachStatus.Settled);
        var timeline = (await Client.GetTimelineAsync(new GetTimelineRequest { DisputeId = dispute.Id })).Entries;
        Assert.Equal(["Opened", "OfficerAssigned", "NegotiationFailed", "MovedToLitigation", "CourtHearingRecorded", "Judged"], timeline.Select(e => e.Action));
    }

    [Fact]
    public async Task Cases_are_listed_by_stage_status_officer_agreement_and_negotiation_deadline()
    {
        var agreementId = await disputes.ActiveAgreementAsync();
        var officer = $"officer-{Guid.NewGuid():N}";
        var negotiating = await disputes.OpenDisputeAsync(agreementId, officer: officer);
        var litigated = await disputes.OpenDisputeAsync(agreementId, officer: DisputeRequests.Officer, negotiationFailed: true);
        litigated = (await Client.AdvanceToLitigationAsync(DisputeRequests.Litigate(litigated.Id, litigated.Version))).Dispute;
        var settled = await disputes.OpenDisputeAsync(agreementId);
        await Client.RecordSettlementAsync(DisputeRequests.Settle(settled.Id, settled.Version));

        Assert.Equal([settled.Id, litigated.Id, negotiating.Id], await IdsAsync(new ListDisputesRequest { AgreementId = agreementId }));
        Assert.Equal([litigated.Id], await IdsAsync(new ListDisputesRequest { AgreementId = agreementId, Stage = DisputeStage.Litigation }));
        Assert.Equal([settled.Id], await IdsAsync(new ListDisputesRequest { AgreementId = agreementId, Status = DisputeStatus.Settled }));
        Assert.Equal([negotiating.Id], await IdsAsync(new ListDisputesRequest { Officer = officer }));
        Assert.Equal(
            [negotiating.Id],
            await IdsAsync(new ListDisputesRequest { AgreementId = agreementId, NegotiationDeadlineBefore = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(31)) }));
        Assert.Empty(await IdsAsync(new ListDisputesRequest { AgreementId = agreementId, NegotiationDeadlineBefore = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(29)) }));
    }

    [Fact]
    public async Task Cases_are_listed_newest_first_in_pages()
    {
        var agreementId = await disputes.ActiveAgreementAsync();
        var opened = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            opened.Add((await disputes.OpenDisputeAsync(agreementId)).Id);
        }

        var first = await Client.ListDisputesAsync(new ListDisputesRequest { AgreementId = agreementId, PageSize = 2 });
        var second = await Client.ListDisputesAsync(new ListDisputesRequest { AgreementId = agreementId, PageSize = 2, PageToken = first.NextPageToken });

        Assert.NotEmpty(first.NextPageToken);
        Assert.Empty(second.NextPageToken);
        Assert.Equal(Enumerable.Reverse(opened), first.Disputes.Concat(second.Disputes).Select(d => d.Id));
    }

    private async Task<List<string>> IdsAsync(ListDisputesRequest request) =>
        [.. (await Client.ListDisputesAsync(request)).Disputes.Select(d => d.Id)];
}
