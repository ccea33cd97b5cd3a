using System.Globalization;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.Platformctl.Tests;

[Collection(LivePlatformDefinition.Name)]
public sealed class ComplaintsCommandsTests(LivePlatform platform)
{
    private static readonly TimeSpan s_factsArrive = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Ack_acknowledges_and_show_prints_the_new_status()
    {
        var complaint = await FileComplaintAsync();

        var ack = await platform.RunAsync("complaints", "ack", complaint.Id, "--version", complaint.Version.ToString(CultureInfo.InvariantCulture), "--actor", "agent-wang");
        var show = await platform.RunAsync("complaints", "show", complaint.Id);

        Assert.Equal(0, ack.ExitCode);
        Assert.Equal(0, show.ExitCode);
        Assert.Matches(@"(?m)^status:\s+ACKNOWLEDGED$", show.Output);
    }

    [Fact]
    public async Task List_by_agreement_shows_the_complaint()
    {
        var complaint = await FileComplaintAsync();

        var run = await platform.RunAsync("complaints", "list", "--agreement", complaint.AgreementId);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(complaint.Id, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_complaint_that_is_not_resolved_is_refused_with_exit_1()
    {
        var complaint = await FileComplaintAsync();

        var run = await platform.RunAsync("complaints", "close", complaint.Id, "--version", complaint.Version.ToString(CultureInfo.InvariantCulture), "--confirmation", "ok");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: FAILED_PRECONDITION", Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    private async Task<Complaint> FileComplaintAsync()
    {
        var agreement = await TestAgreements.CreateSignedAsync(new AgreementsService.AgreementsServiceClient(platform.Agreements.Channel));
        var complaints = new ComplaintsService.ComplaintsServiceClient(platform.Complaints.Channel);
        await Eventually.AssertAsync(
            async () => (await complaints.GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreement.Id })).Eligibility.Eligible,
            s_factsArrive,
            "Complaints knows the signed agreement");
        return (await complaints.FileComplaintAsync(new FileComplaintRequest
        {
            RequestId = Guid.NewGuid().ToString(),
            AgreementId = agreement.Id,
            Channel = ComplaintChannel.Email,
            Subject = "Invoice charged twice",
            Description = "The March invoice was charged twice.",
            Category = "billing",
            Severity = ComplaintSeverity.Normal,
            Contact = new CustomerContactInput { Name = "Zhang San", Phone = "+86 21 5555 0101", Email = "zhang@globex.example" },
            Actor = "agent-wang",
        })).Complaint;
    }
}
