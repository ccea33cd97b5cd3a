using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>What every RPC that takes a complaint answers to a complaint id that is missing, malformed or unknown.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class RequestErrorTests(PlatformInfrastructure infrastructure, ComplaintsFixture complaints)
    : IClassFixture<ComplaintsFixture>, IAsyncLifetime
{
    private const string Agent = ComplaintRequests.Agent;

    private ComplaintsService.ComplaintsServiceClient Client => complaints.Client;

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> RpcsTakingAComplaintId =>
    [
        "GetComplaint", "GetComplaintHistory", "AcknowledgeComplaint", "PostProgressUpdate", "AwaitCustomer", "CustomerReplied",
        "ChangeSeverity", "ResolveComplaint", "CloseComplaint", "ReopenComplaint", "WithdrawComplaint",
    ];

    [Theory]
    [MemberData(nameof(RpcsTakingAComplaintId))]
    public async Task Missing_or_malformed_complaint_id_is_INVALID_ARGUMENT_naming_it(string rpc)
    {
        foreach (var complaintId in new[] { string.Empty, "not-a-uuid" })
        {
            var error = await Assert.ThrowsAsync<RpcException>(() => Call(rpc, complaintId));

            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Equal("complaint_id", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        }
    }

    [Theory]
    [MemberData(nameof(RpcsTakingAComplaintId))]
    public async Task Unknown_complaint_is_NOT_FOUND(string rpc)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Call(rpc, Guid.NewGuid().ToString()));

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Agreement_Complaints_has_not_heard_of_is_reported_not_known_rather_than_an_error()
    {
        var agreementId = Guid.NewGuid().ToString();

        var answer = await Client.GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreementId });

        Assert.Equal((agreementId, false, false), (answer.Eligibility.AgreementId, answer.Eligibility.Known, answer.Eligibility.Eligible));
    }

    [Fact]
    public async Task Eligibility_of_a_malformed_agreement_id_is_INVALID_ARGUMENT_naming_it()
    {
        var error = await Assert.ThrowsAsync<RpcException>(
            () => Client.GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = "not-a-uuid" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("agreement_id", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    [Fact]
    public async Task Resolution_stats_of_an_agreement_Complaints_has_not_heard_of_are_NOT_FOUND()
    {
        var error = await Assert.ThrowsAsync<RpcException>(
            () => Client.GetResolutionStatsAsync(new GetResolutionStatsRequest { AgreementId = Guid.NewGuid().ToString() }).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Listing_by_a_malformed_agreement_id_is_INVALID_ARGUMENT_naming_it()
    {
        var error = await Assert.ThrowsAsync<RpcException>(
            () => Client.ListComplaintsAsync(new ListComplaintsRequest { AgreementId = "not-a-uuid" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("agreement_id", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }

    private Task Call(string rpc, string complaintId) => rpc switch
    {
        "GetComplaint" => Client.GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaintId }).ResponseAsync,
        "GetComplaintHistory" => Client.GetComplaintHistoryAsync(new GetComplaintHistoryRequest { ComplaintId = complaintId }).ResponseAsync,
        "AcknowledgeComplaint" => Client.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest { ComplaintId = complaintId, Version = 1, Actor = Agent }).ResponseAsync,
        "PostProgressUpdate" => Client.PostProgressUpdateAsync(new PostProgressUpdateRequest { ComplaintId = complaintId, Version = 1, Actor = Agent, Text = "x" }).ResponseAsync,
        "AwaitCustomer" => Client.AwaitCustomerAsync(new AwaitCustomerRequest { ComplaintId = complaintId, Version = 1, Actor = Agent, CitedMessage = "x" }).ResponseAsync,
        "CustomerReplied" => Client.CustomerRepliedAsync(new CustomerRepliedRequest { ComplaintId = complaintId, Version = 1, Actor = Agent }).ResponseAsync,
        "ChangeSeverity" => Client.ChangeSeverityAsync(new ChangeSeverityRequest { ComplaintId = complaintId, Version = 1, Actor = Agent, Severity = ComplaintSeverity.Major, Reason = "x" }).ResponseAsync,
        "ResolveComplaint" => Client.ResolveComplaintAsync(new ResolveComplaintRequest { ComplaintId = complaintId, Version = 1, Actor = Agent, Solution = "x" }).ResponseAsync,
        "CloseComplaint" => Client.CloseComplaintAsync(new CloseComplaintRequest { ComplaintId = complaintId, Version = 1, Actor = Agent, Confirmation = "x" }).ResponseAsync,
        "ReopenComplaint" => Client.ReopenComplaintAsync(new ReopenComplaintRequest { ComplaintId = complaintId, Version = 1, Actor = Agent, Reason = "x" }).ResponseAsync,
        "WithdrawComplaint" => Client.WithdrawComplaintAsync(new WithdrawComplaintRequest { ComplaintId = complaintId, Version = 1, Actor = Agent }).ResponseAsync,
        _ => throw new ArgumentOutOfRangeException(nameof(rpc), rpc, "Not an RPC taking a complaint id."),
    };
}
