using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Complaints.V1;
using Platform.Contracts.Events.Complaints;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>Filing a complaint under an active agreement: its clocks, its masked contact, ComplaintFiled, and safe retries.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class FilingTests(PlatformInfrastructure infrastructure, ComplaintsFixture complaints)
    : IClassFixture<ComplaintsFixture>, IAsyncLifetime
{
    private ComplaintsService.ComplaintsServiceClient Client => complaints.Client;

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Complaint_filed_under_an_active_agreement_is_received_with_clocks_counted_from_its_receipt()
    {
        var agreementId = await complaints.ActiveAgreementAsync();

        var complaint = await Client.FileAsync(ComplaintRequests.File(agreementId));

        var received = complaint.ReceivedAt.ToDateTimeOffset();
        Assert.Equal((ComplaintStatus.Received, 1, false), (complaint.Status, complaint.TermsVersion, complaint.Overdue));
        Assert.Equal(received.AddSeconds(2), complaint.Clock(ClockKind.FirstResponse).DueAt.ToDateTimeOffset());
        Assert.Equal(received.AddSeconds(4), complaint.Clock(ClockKind.SolutionOrUpdate).DueAt.ToDateTimeOffset());
        Assert.DoesNotContain(complaint.Clocks, c => c.Kind == ClockKind.MajorResolution);
        Assert.All(complaint.Clocks, c => Assert.Equal((ClockState.Running, complaint.ReceivedAt), (c.State, c.StartedAt)));
    }

    [Fact]
    public async Task Major_complaint_also_runs_the_major_resolution_clock()
    {
        var agreementId = await complaints.ActiveAgreementAsync();

        var complaint = await Client.FileAsync(ComplaintRequests.File(agreementId, ComplaintSeverity.Major));

        var major = complaint.Clock(ClockKind.MajorResolution);
        Assert.Equal(ClockState.Running, major.State);
        Assert.Equal(complaint.ReceivedAt.ToDateTimeOffset().AddSeconds(6), major.DueAt.ToDateTimeOffset());
    }

    [Fact]
    public async Task Filed_complaint_shows_the_contact_masked_unless_revealed()
    {
        var agreementId = await complaints.ActiveAgreementAsync();

        var filed = await Client.FileAsync(ComplaintRequests.File(agreementId));
        var read = await Client.GetAsync(filed.Id);
        var revealed = await Client.GetAsync(filed.Id, revealContact: true);

        var masked = new CustomerContact { Name = "L***", Phone = "138****5678", Email = "a***@example.com", Masked = true };
        Assert.Equal(masked, filed.Contact);
        Assert.Equal(masked, read.Contact);
        Assert.Equal(
            new CustomerContact { Name = ComplaintRequests.CustomerName, Phone = ComplaintRequests.Phone, Email = ComplaintRequests.Email, Masked = false },
            revealed.Contact);
    }

    [Fact]
    public async Task Filing_publishes_ComplaintFiled_with_the_due_times_and_no_contact()
    {
        var agreementId = await complaints.ActiveAgreementAsync();

        var complaint = await Client.FileAsync(ComplaintRequests.File(agreementId));

        var filed = await complaints.Events.FirstAsync<ComplaintFiled>(Guid.Parse(complaint.Id));
        Assert.Equal(
            (agreementId, 1L, ComplaintRequests.Agent, "Email", "billing", "Normal", 1),
            (filed.AgreementId, filed.ComplaintVersion, filed.Actor, filed.Channel, filed.Category, filed.Severity, filed.TermsVersion));
        Assert.Equal(complaint.ReceivedAt.ToDateTimeOffset(), filed.ReceivedAt);
        Assert.Equal(complaint.Clock(ClockKind.FirstResponse).DueAt.ToDateTimeOffset(), filed.FirstResponseDueAt);
        Assert.Equal(complaint.Clock(ClockKind.SolutionOrUpdate).DueAt.ToDateTimeOffset(), filed.SolutionOrUpdateDueAt);
        Assert.Null(filed.MajorResolutionDueAt);
    }

    [Fact]
    public async Task Retried_filing_returns_the_complaint_filed_first_and_files_it_once()
    {
        var agreementId = await complaints.ActiveAgreementAsync();
        var request = ComplaintRequests.File(agreementId);
        var first = await Client.FileAsync(request);

        var retried = await Client.FileAsync(request);

        Assert.Equal(first.Id, retried.Id);
        Assert.Single(await Client.ListAsync(new ListComplaintsRequest { AgreementId = agreementId.ToString() }));
        // Facts of one complaint arrive in order: a second ComplaintFiled would come before this acknowledgement.
        await Client.AcknowledgeAsync(first.Id);
        var id = Guid.Parse(first.Id);
        await complaints.Events.FirstAsync<ComplaintAcknowledged>(id);
        Assert.Single(complaints.Events.Of<ComplaintFiled>(id));
    }

    [Fact]
    public async Task Request_id_reused_for_another_complaint_is_ALREADY_EXISTS()
    {
        var agreementId = await complaints.ActiveAgreementAsync();
        var request = ComplaintRequests.File(agreementId);
        var first = await Client.FileAsync(request);
        var other = request.Clone();
        other.Subject = "Another subject";

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.FileComplaintAsync(other).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal("complaint.request_id_reused", error.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        Assert.Equal(first.Id, Assert.Single(await Client.ListAsync(new ListComplaintsRequest { AgreementId = agreementId.ToString() })).Id);
    }

    [Fact]
    public async Task Complaints_filed_at_the_same_moment_under_a_fresh_agreement_are_all_filed()
    {
        var agreementId = await complaints.ActiveAgreementAsync();

        var filed = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Client.FileAsync(ComplaintRequests.File(agreementId))));

        Assert.Equal(6, filed.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public async Task Written_complaint_logged_after_its_first_response_time_is_breached_at_once()
    {
        var agreementId = await complaints.ActiveAgreementAsync();
        var receivedAt = DateTimeOffset.UtcNow.AddSeconds(-3);

        var complaint = await Client.FileAsync(ComplaintRequests.File(agreementId, receivedAt: receivedAt));

        Assert.Equal(ClockState.Missed, complaint.Clock(ClockKind.FirstResponse).State);
        Assert.True(complaint.Overdue);
        var breach = await complaints.Events.BreachAsync(Guid.Parse(complaint.Id), "FirstResponse");
        Assert.Equal(complaint.ReceivedAt.ToDateTimeOffset().AddSeconds(2), breach.DueAt);
    }
}
