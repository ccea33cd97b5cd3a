using Platform.Agreements.Grpc;
using Platform.Assurance.Grpc;
using Platform.Complaints.Grpc;
using Platform.Contracts.Agreements.V1;
using Platform.Disputes.Grpc;
using Platform.IntegrationTests.Infrastructure;
using AssuranceApi = Platform.Contracts.Assurance.V1;
using ComplaintsApi = Platform.Contracts.Complaints.V1;
using DisputesApi = Platform.Contracts.Disputes.V1;

namespace Platform.IntegrationTests.Services;

/// <summary>The four services in one process, each with its own database, sharing one virtual host.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class CrossContextTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan s_eventTimeout = TimeSpan.FromSeconds(30);

    private ServiceFactory<AgreementsGrpcService> _agreements = null!;
    private ServiceFactory<ComplaintsGrpcService> _complaints = null!;
    private ServiceFactory<AssuranceGrpcService> _assurance = null!;
    private ServiceFactory<DisputesGrpcService> _disputes = null!;

    public async Task InitializeAsync()
    {
        var rabbit = await infrastructure.CreateVirtualHostAsync();
        _agreements = new ServiceFactory<AgreementsGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);
        _complaints = new ServiceFactory<ComplaintsGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);
        _assurance = new ServiceFactory<AssuranceGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);
        _disputes = new ServiceFactory<DisputesGrpcService>(await infrastructure.CreateDatabaseAsync(), rabbit);

        // Consumers first, so their queues are bound before anything is published.
        await Task.WhenAll(_complaints.WaitUntilServingAsync(), _assurance.WaitUntilServingAsync(), _disputes.WaitUntilServingAsync());
        await _agreements.WaitUntilServingAsync();
    }

    public async Task DisposeAsync()
    {
        await _agreements.DisposeAsync();
        await _complaints.DisposeAsync();
        await _assurance.DisposeAsync();
        await _disputes.DisposeAsync();
    }

    [Fact]
    public async Task Signed_agreement_becomes_eligible_in_the_other_three_contexts()
    {
        var agreements = new AgreementsService.AgreementsServiceClient(_agreements.Channel);
        var draft = (await agreements.CreateAgreementAsync(AgreementRequests.Create())).Agreement;
        var complaints = new ComplaintsApi.ComplaintsService.ComplaintsServiceClient(_complaints.Channel);
        Assert.False((await complaints.GetAgreementEligibilityAsync(new() { AgreementId = draft.Id })).Eligibility.Eligible);

        await agreements.SignAgreementAsync(new SignAgreementRequest { AgreementId = draft.Id, SignedBy = "Jane Signer", Version = draft.Version });

        var assurance = new AssuranceApi.AssuranceService.AssuranceServiceClient(_assurance.Channel);
        var disputes = new DisputesApi.DisputesService.DisputesServiceClient(_disputes.Channel);
        await Eventually.AssertAsync(async () => (await complaints.GetAgreementEligibilityAsync(new() { AgreementId = draft.Id })).Eligibility.Eligible, s_eventTimeout, "complaints accepts the agreement");
        await Eventually.AssertAsync(async () => (await assurance.GetAgreementEligibilityAsync(new() { AgreementId = draft.Id })).Eligibility.Eligible, s_eventTimeout, "assurance accepts the agreement");
        await Eventually.AssertAsync(async () => (await disputes.GetAgreementEligibilityAsync(new() { AgreementId = draft.Id })).Eligibility.Eligible, s_eventTimeout, "disputes accepts the agreement");
        var seen = await complaints.GetAgreementEligibilityAsync(new() { AgreementId = draft.Id });
        Assert.Equal(draft.Number, seen.Eligibility.AgreementNumber);
    }

    [Fact]
    public async Task Suspended_agreement_is_not_eligible_until_resumed_and_never_after_termination()
    {
        var agreements = new AgreementsService.AgreementsServiceClient(_agreements.Channel);
        var disputes = new DisputesApi.DisputesService.DisputesServiceClient(_disputes.Channel);
        var signed = await AgreementRequests.CreateSignedAsync(agreements);
        await Eventually.AssertAsync(async () => await EligibleInDisputesAsync(disputes, signed.Id), s_eventTimeout, "disputes accepts the agreement");

        var suspended = (await agreements.SuspendAgreementAsync(new SuspendAgreementRequest { AgreementId = signed.Id, Version = signed.Version, Reason = "audit" })).Agreement;
        await Eventually.AssertAsync(async () => !await EligibleInDisputesAsync(disputes, signed.Id), s_eventTimeout, "disputes stops accepting it");
        var resumed = (await agreements.ResumeAgreementAsync(new ResumeAgreementRequest { AgreementId = signed.Id, Version = suspended.Version })).Agreement;
        await Eventually.AssertAsync(async () => await EligibleInDisputesAsync(disputes, signed.Id), s_eventTimeout, "disputes accepts it again");
        await agreements.TerminateAgreementAsync(new TerminateAgreementRequest { AgreementId = signed.Id, Version = resumed.Version, Reason = "ended" });

        await Eventually.AssertAsync(async () => !await EligibleInDisputesAsync(disputes, signed.Id), s_eventTimeout, "disputes stops accepting it for good");
    }

    [Fact]
    public async Task Amended_terms_reach_the_other_contexts_with_their_version()
    {
        var agreements = new AgreementsService.AgreementsServiceClient(_agreements.Channel);
        var complaints = new ComplaintsApi.ComplaintsService.ComplaintsServiceClient(_complaints.Channel);
        var signed = await AgreementRequests.CreateSignedAsync(agreements);
        await Eventually.AssertAsync(
            async () => (await complaints.GetAgreementEligibilityAsync(new() { AgreementId = signed.Id })).Eligibility.TermsVersion == 1,
            s_eventTimeout,
            "complaints holds terms version 1");

        await agreements.AmendTermsAsync(new AmendTermsRequest
        {
            AgreementId = signed.Id, Version = signed.Version, Terms = AgreementRequests.CompleteTerms(), Reason = "faster response",
        });

        await Eventually.AssertAsync(
            async () => (await complaints.GetAgreementEligibilityAsync(new() { AgreementId = signed.Id })).Eligibility.TermsVersion == 2,
            s_eventTimeout,
            "complaints holds terms version 2");
    }

    private static async Task<bool> EligibleInDisputesAsync(DisputesApi.DisputesService.DisputesServiceClient disputes, string agreementId) =>
        (await disputes.GetAgreementEligibilityAsync(new() { AgreementId = agreementId })).Eligibility.Eligible;

    [Fact]
    public async Task Agreement_expires_at_its_expiry_time_and_stops_being_eligible()
    {
        var agreements = new AgreementsService.AgreementsServiceClient(_agreements.Channel);
        var complaints = new ComplaintsApi.ComplaintsService.ComplaintsServiceClient(_complaints.Channel);

        var signed = await AgreementRequests.CreateSignedAsync(agreements, expiresIn: TimeSpan.FromSeconds(3));
        await Eventually.AssertAsync(async () => (await complaints.GetAgreementEligibilityAsync(new() { AgreementId = signed.Id })).Eligibility.Eligible, s_eventTimeout, "complaints accepts the agreement");

        await Eventually.AssertAsync(
            async () => (await agreements.GetAgreementAsync(new GetAgreementRequest { AgreementId = signed.Id })).Agreement.Status == AgreementStatus.Expired,
            s_eventTimeout,
            "the agreement expires");
        await Eventually.AssertAsync(
            async () => !(await complaints.GetAgreementEligibilityAsync(new() { AgreementId = signed.Id })).Eligibility.Eligible,
            s_eventTimeout,
            "complaints stops accepting the agreement");
        var expired = (await agreements.GetAgreementAsync(new GetAgreementRequest { AgreementId = signed.Id })).Agreement;
        Assert.True(expired.ExpiresAt.ToDateTimeOffset() <= DateTimeOffset.UtcNow);
    }
}
