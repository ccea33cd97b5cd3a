using Grpc.Core;
using Platform.EndToEndTests.Infrastructure;
using Platform.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Platform.EndToEndTests.Flows;

/// <summary>DESIGN §4 flow 1: only a signed agreement opens the other contexts to work.</summary>
[Collection(EndToEndCollectionDefinition.Name)]
public sealed class AgreementSigningFlowTests(RunningPlatform platform, ITestOutputHelper output)
{
    [Fact]
    public Task Other_contexts_refuse_work_for_a_draft_and_accept_it_once_signed() => platform.RunAsync(output, async () =>
    {
        var draft = (await platform.Agreements.CreateAgreementAsync(Requests.Agreement())).Agreement;

        Assert.All(await platform.EligibilityAsync(draft.Id), eligibility => Assert.False(eligibility.Eligible));
        var refused = await Assert.ThrowsAsync<RpcException>(async () => await platform.Complaints.FileComplaintAsync(Requests.Complaint(draft.Id)));
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);

        var active = await platform.SignAsync(draft);

        await Eventually.AssertAsync(
            async () => (await platform.EligibilityAsync(active.Id)).All(e => e.Eligible && e.AgreementNumber == active.Number),
            PlatformSteps.Timeout,
            "the signed agreement eligible in Complaints, Assurance and Disputes");
        var complaint = (await platform.Complaints.FileComplaintAsync(Requests.Complaint(active.Id))).Complaint;
        Assert.Equal(active.Id, complaint.AgreementId);
    });
}
