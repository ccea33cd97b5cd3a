using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>Changes Complaints refuses: a stale version, a step the status does not allow, a missing required text.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class ChangeRefusalTests(PlatformInfrastructure infrastructure, ComplaintsFixture complaints)
    : IClassFixture<ComplaintsFixture>, IAsyncLifetime
{
    private const string Agent = ComplaintRequests.Agent;

    private ComplaintsService.ComplaintsServiceClient Client => complaints.Client;

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> ForbiddenSteps =>
    [
        "close a received complaint", "acknowledge twice", "reopen an unresolved complaint", "update before the first response",
        "withdraw a resolved complaint", "resolve a withdrawn complaint", "await the customer twice", "record a reply nobody waited for",
        "change to the same severity",
    ];

    public static TheoryData<string, string> ChangesWithoutRequiredText => new()
    {
        { "PostProgressUpdate", "text" },
        { "AwaitCustomer", "cited_message" },
        { "ResolveComplaint", "solution" },
        { "ReopenComplaint", "reason" },
        { "ChangeSeverity", "reason" },
        { "ChangeSeverity", "severity" },
        { "CloseComplaint", "confirmation" },
        { "AcknowledgeComplaint", "actor" },
    };

    [Fact]
    public async Task Change_at_a_stale_version_is_ABORTED_and_changes_nothing()
    {
        var filed = await FileAsync();
        await Client.AcknowledgeAsync(filed.Id);

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.PostProgressUpdateAsync(
            new PostProgressUpdateRequest { ComplaintId = filed.Id, Version = filed.Version, Actor = Agent, Text = "Refund requested." }).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        Assert.Equal(ComplaintStatus.Acknowledged, (await Client.GetAsync(filed.Id)).Status);
    }

    [Theory]
    [MemberData(nameof(ForbiddenSteps))]
    public async Task Step_the_complaint_status_does_not_allow_is_FAILED_PRECONDITION(string step)
    {
        var id = (await FileAsync()).Id;
        Func<Task> act = step switch
        {
            "close a received complaint" => () => Client.CloseAsync(id),
            "acknowledge twice" => async () => { await Client.AcknowledgeAsync(id); await Client.AcknowledgeAsync(id); },
            "reopen an unresolved complaint" => () => Client.ReopenAsync(id),
            "update before the first response" => () => Client.PostProgressUpdateAsync(id),
            "withdraw a resolved complaint" => async () => { await Client.ResolveAsync(id); await Client.WithdrawAsync(id); },
            "resolve a withdrawn complaint" => async () => { await Client.WithdrawAsync(id); await Client.ResolveAsync(id); },
            "await the customer twice" => async () => { await Client.AcknowledgeAsync(id); await Client.AwaitCustomerAsync(id); await Client.AwaitCustomerAsync(id); },
            "record a reply nobody waited for" => async () => { await Client.AcknowledgeAsync(id); await Client.CustomerRepliedAsync(id); },
            "change to the same severity" => () => Client.ChangeSeverityAsync(id, ComplaintSeverity.Normal),
            _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step."),
        };

        var error = await Assert.ThrowsAsync<RpcException>(act);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.NotNull(error.GetRpcStatus()!.GetDetail<PreconditionFailure>());
    }

    [Theory]
    [MemberData(nameof(ChangesWithoutRequiredText))]
    public async Task Change_without_its_required_field_is_INVALID_ARGUMENT_naming_it(string rpc, string field)
    {
        var id = (await FileAsync()).Id;
        if (rpc is "PostProgressUpdate" or "AwaitCustomer")
        {
            await Client.AcknowledgeAsync(id);
        }
        else if (rpc is "ReopenComplaint" or "CloseComplaint")
        {
            await Client.ResolveAsync(id);
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => Client.AtLatestVersionAsync(id, version => WithoutAsync(rpc, field, id, version)));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    private async Task<Complaint> FileAsync() => await Client.FileAsync(ComplaintRequests.File(await complaints.ActiveAgreementAsync()));

    private async Task<Complaint> WithoutAsync(string rpc, string field, string id, long version) => (rpc, field) switch
    {
        ("PostProgressUpdate", _) => (await Client.PostProgressUpdateAsync(new PostProgressUpdateRequest { ComplaintId = id, Version = version, Actor = Agent, Text = " " })).Complaint,
        ("AwaitCustomer", _) => (await Client.AwaitCustomerAsync(new AwaitCustomerRequest { ComplaintId = id, Version = version, Actor = Agent })).Complaint,
        ("ResolveComplaint", _) => (await Client.ResolveComplaintAsync(new ResolveComplaintRequest { ComplaintId = id, Version = version, Actor = Agent })).Complaint,
        ("ReopenComplaint", _) => (await Client.ReopenComplaintAsync(new ReopenComplaintRequest { ComplaintId = id, Version = version, Actor = Agent })).Complaint,
        ("ChangeSeverity", "reason") => (await Client.ChangeSeverityAsync(new ChangeSeverityRequest { ComplaintId = id, Version = version, Actor = Agent, Severity = ComplaintSeverity.Major })).Complaint,
        ("ChangeSeverity", _) => (await Client.ChangeSeverityAsync(new ChangeSeverityRequest { ComplaintId = id, Version = version, Actor = Agent, Reason = "Affects every invoice." })).Complaint,
        ("CloseComplaint", _) => (await Client.CloseComplaintAsync(new CloseComplaintRequest { ComplaintId = id, Version = version, Actor = Agent })).Complaint,
        _ => (await Client.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = id, Version = version, Message = "Looking into it." })).Complaint,
    };
}
