using Grpc.Core;
using Platform.Contracts.Complaints.V1;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>
/// Calls that move a complaint along at its latest version, as a caller who reads before changing would. A
/// clock check may change the complaint (an at-risk note) between the read and the change; that ABORTED is
/// retried with the new version.
/// </summary>
internal static class ComplaintSteps
{
    private const string Agent = ComplaintRequests.Agent;

    public static async Task<Complaint> FileAsync(this ComplaintsService.ComplaintsServiceClient client, FileComplaintRequest request) =>
        (await client.FileComplaintAsync(request)).Complaint;

    public static async Task<Complaint> GetAsync(this ComplaintsService.ComplaintsServiceClient client, string complaintId, bool revealContact = false) =>
        (await client.GetComplaintAsync(new GetComplaintRequest { ComplaintId = complaintId, RevealContact = revealContact })).Complaint;

    public static Task<Complaint> AcknowledgeAsync(this ComplaintsService.ComplaintsServiceClient client, string complaintId) =>
        client.AtLatestVersionAsync(complaintId, async version => (await client.AcknowledgeComplaintAsync(
            new AcknowledgeComplaintRequest { ComplaintId = complaintId, Version = version, Actor = Agent, Message = "We are looking into it." })).Complaint);

    public static Task<Complaint> PostProgressUpdateAsync(this ComplaintsService.ComplaintsServiceClient client, string complaintId) =>
        client.AtLatestVersionAsync(complaintId, async version => (await client.PostProgressUpdateAsync(
            new PostProgressUpdateRequest { ComplaintId = complaintId, Version = version, Actor = Agent, Text = "The refund was requested from the bank." })).Complaint);

    public static Task<Complaint> AwaitCustomerAsync(this ComplaintsService.ComplaintsServiceClient client, string complaintId) =>
        client.AtLatestVersionAsync(complaintId, async version => (await client.AwaitCustomerAsync(
            new AwaitCustomerRequest { ComplaintId = complaintId, Version = version, Actor = Agent, CitedMessage = "MSG-1: please send the card statement." })).Complaint);

    public static Task<Complaint> CustomerRepliedAsync(this ComplaintsService.ComplaintsServiceClient client, string complaintId) =>
        client.AtLatestVersionAsync(complaintId, async version => (await client.CustomerRepliedAsync(
            new CustomerRepliedRequest { ComplaintId = complaintId, Version = version, Actor = Agent, Note = "Statement received." })).Complaint);

    public static Task<Complaint> ChangeSeverityAsync(this ComplaintsService.ComplaintsServiceClient client, string complaintId, ComplaintSeverity severity) =>
        client.AtLatestVersionAsync(complaintId, async version => (await client.ChangeSeverityAsync(
            new ChangeSeverityRequest { ComplaintId = complaintId, Version = version, Actor = Agent, Severity = severity, Reason = "Affects every invoice of the customer." })).Complaint);

    public static Task<Complaint> ResolveAsync(this ComplaintsService.ComplaintsServiceClient client, string complaintId, bool belowIndustryStandard = false) =>
        client.AtLatestVersionAsync(complaintId, async version => (await client.ResolveComplaintAsync(
            new ResolveComplaintRequest { ComplaintId = complaintId, Version = version, Actor = Agent, Solution = "The second charge was refunded.", BelowIndustryStandard = belowIndustryStandard })).Complaint);

    public static Task<Complaint> CloseAsync(this ComplaintsService.ComplaintsServiceClient client, string complaintId) =>
        client.AtLatestVersionAsync(complaintId, async version => (await client.CloseComplaintAsync(
            new CloseComplaintRequest { ComplaintId = complaintId, Version = version, Actor = Agent, Confirmation = "Customer confirmed by phone." })).Complaint);

    public static Task<Complaint> ReopenAsync(this ComplaintsService.ComplaintsServiceClient client, string complaintId) =>
        client.AtLatestVersionAsync(complaintId, async version => (await client.ReopenComplaintAsync(
            new ReopenComplaintRequest { ComplaintId = complaintId, Version = version, Actor = Agent, Reason = "The refund never arrived." })).Complaint);

    public static Task<Complaint> WithdrawAsync(this ComplaintsService.ComplaintsServiceClient client, string complaintId) =>
        client.AtLatestVersionAsync(complaintId, async version => (await client.WithdrawComplaintAsync(
            new WithdrawComplaintRequest { ComplaintId = complaintId, Version = version, Actor = Agent, Reason = "Sorted out with the bank." })).Complaint);

    public static async Task<IReadOnlyList<Complaint>> ListAsync(this ComplaintsService.ComplaintsServiceClient client, ListComplaintsRequest request) =>
        (await client.ListComplaintsAsync(request)).Complaints;

    /// <summary>The complaint's clock of <paramref name="kind"/>.</summary>
    public static Clock Clock(this Complaint complaint, ClockKind kind) => complaint.Clocks.Single(c => c.Kind == kind);

    /// <summary>Runs <paramref name="change"/> with the complaint's latest version, again when a clock check changed it first.</summary>
    public static async Task<Complaint> AtLatestVersionAsync(this ComplaintsService.ComplaintsServiceClient client, string complaintId, Func<long, Task<Complaint>> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            var version = (await client.GetAsync(complaintId)).Version;
            try
            {
                return await change(version);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Aborted && attempt < 5)
            {
                // A clock check changed the complaint after it was read.
            }
        }
    }
}
