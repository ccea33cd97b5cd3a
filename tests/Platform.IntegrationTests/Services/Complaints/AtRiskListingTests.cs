using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>
/// ListComplaints(at_risk_only), what a complaint handler works from: the open complaints whose clocks a check
/// found at risk or missed, most urgent first, page after page, and a complaint leaves it once answered.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class AtRiskListingTests(PlatformInfrastructure infrastructure)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Complaints_at_risk_are_listed_most_urgent_first_across_pages_and_one_answered_leaves_the_list()
    {
        await using var environment = await ComplaintsEnvironment.CreateAsync(infrastructure);
        await using var host = await environment.StartHostAsync();
        // First response within 10 minutes, solution within an hour: received earlier, the clocks are part used.
        var agreementId = await environment.ActivateAgreementAsync(host, AgreementFacts.Terms(firstResponseSeconds: 600, solutionSeconds: 3600, majorSeconds: 7200));
        var now = DateTimeOffset.UtcNow;
        var missed = await host.Client.FileAsync(ComplaintRequests.File(agreementId, receivedAt: now.AddSeconds(-700)));
        var nearlyDue = await host.Client.FileAsync(ComplaintRequests.File(agreementId, receivedAt: now.AddSeconds(-500)));
        var halfUsed = await host.Client.FileAsync(ComplaintRequests.File(agreementId, receivedAt: now.AddSeconds(-400)));
        var fresh = await host.Client.FileAsync(ComplaintRequests.File(agreementId));
        var request = new ListComplaintsRequest { AgreementId = agreementId.ToString(), AtRiskOnly = true, PageSize = 2 };

        // The clock checks run as soon as the complaints are filed.
        await Eventually.AssertAsync(
            async () => (await host.Client.ListAsync(new ListComplaintsRequest(request) { PageSize = 10 })).Count == 3, s_timeout, "three complaints at risk");
        var first = await host.Client.ListComplaintsAsync(request);
        var second = await host.Client.ListComplaintsAsync(new ListComplaintsRequest(request) { PageToken = first.NextPageToken });

        Assert.Equal([missed.Id, nearlyDue.Id, halfUsed.Id], [.. first.Complaints.Concat(second.Complaints).Select(c => c.Id)]);
        Assert.Empty(second.NextPageToken);
        Assert.Equal(
            (await host.Client.GetAsync(missed.Id)).Clock(ClockKind.FirstResponse).DueAt.ToDateTimeOffset(),
            first.Complaints[0].AtRiskDueAt.ToDateTimeOffset());
        Assert.DoesNotContain(fresh.Id, second.Complaints.Select(c => c.Id));

        await host.Client.AcknowledgeAsync(halfUsed.Id);

        var after = await host.Client.ListAsync(new ListComplaintsRequest(request) { PageSize = 10 });
        Assert.Equal([missed.Id, nearlyDue.Id], [.. after.Select(c => c.Id)]);
        Assert.Null((await host.Client.GetAsync(halfUsed.Id)).AtRiskDueAt);
    }

    [Fact]
    public async Task At_risk_listing_refuses_overdue_only_and_a_token_it_did_not_issue_naming_the_field()
    {
        await using var environment = await ComplaintsEnvironment.CreateAsync(infrastructure);
        await using var host = await environment.StartHostAsync();

        var combined = await Assert.ThrowsAsync<RpcException>(async () =>
            await host.Client.ListComplaintsAsync(new ListComplaintsRequest { AtRiskOnly = true, OverdueOnly = true }));
        var foreignToken = await Assert.ThrowsAsync<RpcException>(async () =>
            await host.Client.ListComplaintsAsync(new ListComplaintsRequest { AtRiskOnly = true, PageToken = "AAAAAAAAAAAAAAAAAAAAAA" }));

        Assert.Equal((StatusCode.InvalidArgument, "at_risk_only"), (combined.StatusCode, FieldOf(combined)));
        Assert.Equal((StatusCode.InvalidArgument, "page_token"), (foreignToken.StatusCode, FieldOf(foreignToken)));
    }

    private static string FieldOf(RpcException error) => Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field;
}
