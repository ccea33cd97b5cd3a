using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Complaints.V1;
using Platform.EndToEndTests.Infrastructure;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Flows;

/// <summary>DESIGN §4 flows 2 and 4: a complaint's clock running out in Complaints becomes a breach in Agreements.</summary>
[Collection(EndToEndCollectionDefinition.Name)]
public sealed class ComplaintClockFlowTests(RunningPlatform platform, ITestOutputHelper output)
{
    [Fact]
    public Task Complaint_not_acknowledged_by_its_first_response_due_is_a_minor_breach_of_2_3_1() => platform.RunAsync(output, async () =>
    {
        var agreement = await platform.SignedAgreementAsync();

        var complaint = (await platform.Complaints.FileComplaintAsync(Requests.Complaint(agreement.Id))).Complaint;

        var breach = await platform.BreachAsync(agreement.Id, "2.3.1");
        Assert.Equal(BreachSeverity.Minor, breach.Severity);
        Assert.Equal(complaint.Id, breach.Evidence.Id);
    });

    [Fact]
    public Task Major_complaint_unresolved_at_its_major_resolution_deadline_is_a_major_breach_of_4_2_2() => platform.RunAsync(output, async () =>
    {
        var agreement = await platform.SignedAgreementAsync();
        var filed = (await platform.Complaints.FileComplaintAsync(Requests.Complaint(agreement.Id, ComplaintSeverity.Major))).Complaint;

        // Acknowledged, then left unresolved. The service's own clock work may change the complaint at the
        // same moment (ABORTED): like any client, read it again and retry.
        await Eventually.FindAsync(
            async () =>
            {
                var current = (await platform.Complaints.GetComplaintAsync(new GetComplaintRequest { ComplaintId = filed.Id })).Complaint;
                return await platform.Complaints.AcknowledgeComplaintAsync(new AcknowledgeComplaintRequest
                {
                    ComplaintId = current.Id,
                    Version = current.Version,
                    Actor = "agent-zhang",
                    Message = "We are on it.",
                });
            },
            PlatformSteps.Timeout,
            "the complaint acknowledged");

        var breach = await platform.BreachAsync(agreement.Id, "4.2.2");
        Assert.Equal(BreachSeverity.Major, breach.Severity);
        Assert.Equal(filed.Id, breach.Evidence.Id);
    });
}
