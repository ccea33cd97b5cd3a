using Grpc.Core;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>
/// Two writers send a change at the same expected version at once, against PostgreSQL: one change is saved,
/// the other is ABORTED, and the history holds one change. The clocks allow hours, so no clock check changes
/// the complaint in between.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class ConcurrentChangeTests(PlatformInfrastructure infrastructure, ComplaintsFixture complaints)
    : IClassFixture<ComplaintsFixture>, IAsyncLifetime
{
    private const string Agent = ComplaintRequests.Agent;

    private ComplaintsService.ComplaintsServiceClient Client => complaints.Client;

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_progress_updates_at_the_same_version_save_one_and_abort_the_other()
    {
        var acknowledged = await Client.AcknowledgeAsync((await FileAsync()).Id);
        string[] texts = ["The refund was requested from the bank.", "The card issuer was asked to reverse the charge."];

        var outcomes = await Task.WhenAll(texts.Select(text => OutcomeAsync(() => Client.PostProgressUpdateAsync(
            new PostProgressUpdateRequest { ComplaintId = acknowledged.Id, Version = acknowledged.Version, Actor = Agent, Text = text }).ResponseAsync)));

        Assert.Equal([StatusCode.OK, StatusCode.Aborted], outcomes.Order());
        var saved = texts[Array.IndexOf(outcomes, StatusCode.OK)];
        var update = Assert.Single(await HistoryAsync(acknowledged.Id), e => e.Action == "ProgressUpdated");
        Assert.Equal(saved, update.Detail);
        Assert.Equal(acknowledged.Version + 1, (await Client.GetAsync(acknowledged.Id)).Version);
    }

    [Fact]
    public async Task Acknowledgement_and_severity_change_at_the_same_version_save_one_and_abort_the_other()
    {
        var filed = await FileAsync();

        var outcomes = await Task.WhenAll(
            OutcomeAsync(() => Client.AcknowledgeComplaintAsync(
                new AcknowledgeComplaintRequest { ComplaintId = filed.Id, Version = filed.Version, Actor = Agent, Message = "We are looking into it." }).ResponseAsync),
            OutcomeAsync(() => Client.ChangeSeverityAsync(
                new ChangeSeverityRequest { ComplaintId = filed.Id, Version = filed.Version, Actor = Agent, Severity = ComplaintSeverity.Major, Reason = "Affects every invoice." }).ResponseAsync));

        Assert.Equal([StatusCode.OK, StatusCode.Aborted], outcomes.Order());
        var changes = (await HistoryAsync(filed.Id)).Where(e => e.Action is "Acknowledged" or "SeverityChanged").Select(e => e.Action);
        Assert.Equal(outcomes[0] == StatusCode.OK ? "Acknowledged" : "SeverityChanged", Assert.Single(changes));
        var read = await Client.GetAsync(filed.Id);
        Assert.Equal(filed.Version + 1, read.Version);
        Assert.Equal(
            outcomes[0] == StatusCode.OK ? (ComplaintStatus.Acknowledged, ComplaintSeverity.Normal) : (ComplaintStatus.Received, ComplaintSeverity.Major),
            (read.Status, read.Severity));
    }

    private static async Task<StatusCode> OutcomeAsync(Func<Task> change)
    {
        try
        {
            await change();
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }

    private async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(string complaintId) =>
        (await Client.GetComplaintHistoryAsync(new GetComplaintHistoryRequest { ComplaintId = complaintId })).Entries;

    private async Task<Complaint> FileAsync() =>
        await Client.FileAsync(ComplaintRequests.File(await complaints.ActiveAgreementAsync(AgreementFacts.Terms(firstResponseSeconds: 3600, solutionSeconds: 7200, majorSeconds: 10800))));
}
