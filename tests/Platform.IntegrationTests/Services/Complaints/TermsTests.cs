using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>A complaint's clocks follow the terms in force when it was received, whatever is amended later.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class TermsTests(PlatformInfrastructure infrastructure, ComplaintsFixture complaints)
    : IClassFixture<ComplaintsFixture>, IAsyncLifetime
{
    private ComplaintsService.ComplaintsServiceClient Client => complaints.Client;

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Terms_amended_after_a_complaint_was_received_leave_its_clocks_alone()
    {
        var agreementId = await complaints.ActiveAgreementAsync();
        var filed = await Client.FileAsync(ComplaintRequests.File(agreementId));

        await AmendAsync(agreementId, DateTimeOffset.UtcNow);

        var read = await Client.GetAsync(filed.Id);
        Assert.Equal(1, read.TermsVersion);
        Assert.Equal(filed.Clocks.Select(c => (c.Kind, c.DueAt)), read.Clocks.Select(c => (c.Kind, c.DueAt)));
    }

    [Fact]
    public async Task Complaint_received_after_an_amendment_follows_the_amended_terms()
    {
        var agreementId = await complaints.ActiveAgreementAsync();
        await AmendAsync(agreementId, DateTimeOffset.UtcNow);

        var complaint = await Client.FileAsync(ComplaintRequests.File(agreementId, ComplaintSeverity.Major));

        var received = complaint.ReceivedAt.ToDateTimeOffset();
        Assert.Equal(2, complaint.TermsVersion);
        Assert.Equal(
            [received.AddSeconds(20), received.AddSeconds(40), received.AddSeconds(60)],
            complaint.Clocks.OrderBy(c => c.Kind).Select(c => c.DueAt.ToDateTimeOffset()));
    }

    [Fact]
    public async Task Complaint_received_before_an_amendment_but_filed_after_it_follows_the_terms_then_in_force()
    {
        var agreementId = await complaints.ActiveAgreementAsync();
        var amendedFrom = DateTimeOffset.UtcNow;
        await AmendAsync(agreementId, amendedFrom);
        var request = ComplaintRequests.File(agreementId);
        request.ReceivedAt = Timestamp.FromDateTimeOffset(amendedFrom.AddSeconds(-1));

        var complaint = await Client.FileAsync(request);

        Assert.Equal(1, complaint.TermsVersion);
        Assert.Equal(complaint.ReceivedAt.ToDateTimeOffset().AddSeconds(2), complaint.Clock(ClockKind.FirstResponse).DueAt.ToDateTimeOffset());
    }

    /// <summary>Publishes terms version 2 (20 s, 40 s, 60 s) in force from <paramref name="from"/>, and waits until Complaints has it.</summary>
    private async Task AmendAsync(Guid agreementId, DateTimeOffset from)
    {
        var terms = AgreementFacts.Terms(version: 2, firstResponseSeconds: 20, solutionSeconds: 40, majorSeconds: 60);
        await complaints.Environment.PublishAsync(AgreementFacts.Amended(agreementId, terms, from));
        await ComplaintsEnvironment.EligibilityAsync(complaints.Host, agreementId, e => e.TermsVersion == 2, "on terms version 2");
    }
}
