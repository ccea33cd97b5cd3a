using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>Changing the severity recomputes the major-resolution clock (clause 4.2.2) from the received time.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class SeverityTests(PlatformInfrastructure infrastructure, ComplaintsFixture complaints)
    : IClassFixture<ComplaintsFixture>, IAsyncLifetime
{
    private ComplaintsService.ComplaintsServiceClient Client => complaints.Client;

    public Task InitializeAsync() => complaints.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Complaint_raised_to_major_gets_the_major_clock_counted_from_its_receipt()
    {
        var complaint = await FileAsync();

        var major = await Client.ChangeSeverityAsync(complaint.Id, ComplaintSeverity.Major);

        var clock = major.Clock(ClockKind.MajorResolution);
        Assert.Equal((ComplaintSeverity.Major, ClockState.Running, complaint.ReceivedAt), (major.Severity, clock.State, clock.StartedAt));
        Assert.Equal(complaint.ReceivedAt.ToDateTimeOffset().AddSeconds(6), clock.DueAt.ToDateTimeOffset());
        Assert.Equal("SeverityChanged", (await Client.GetComplaintHistoryAsync(new GetComplaintHistoryRequest { ComplaintId = complaint.Id })).Entries.Last(e => e.Actor != "system").Action);
    }

    [Fact]
    public async Task Complaint_raised_to_major_after_its_major_deadline_passed_publishes_the_major_breach()
    {
        var complaint = await FileAsync(receivedAt: DateTimeOffset.UtcNow.AddSeconds(-10));

        var major = await Client.ChangeSeverityAsync(complaint.Id, ComplaintSeverity.Major);

        Assert.Equal(ClockState.Missed, major.Clock(ClockKind.MajorResolution).State);
        var breach = await complaints.Events.BreachAsync(Guid.Parse(complaint.Id), "MajorResolution");
        Assert.Equal((complaint.ReceivedAt.ToDateTimeOffset().AddSeconds(6), "Major"), (breach.DueAt, breach.Severity));
    }

    [Fact]
    public async Task Complaint_raised_to_major_after_its_major_deadline_passed_is_overdue_at_once()
    {
        // First response and solution were answered late, so nothing else is overdue.
        var complaint = await FileAsync(receivedAt: DateTimeOffset.UtcNow.AddSeconds(-7));
        await Client.AcknowledgeAsync(complaint.Id);
        var updated = await Client.PostProgressUpdateAsync(complaint.Id);
        Assert.False(updated.Overdue);

        var major = await Client.ChangeSeverityAsync(complaint.Id, ComplaintSeverity.Major);

        Assert.Equal(ClockState.Missed, major.Clock(ClockKind.MajorResolution).State);
        Assert.True(major.Overdue);
    }

    [Fact]
    public async Task Complaint_lowered_to_normal_stops_its_major_clock()
    {
        var complaint = await FileAsync(ComplaintSeverity.Major);

        var normal = await Client.ChangeSeverityAsync(complaint.Id, ComplaintSeverity.Normal);

        Assert.Equal((ComplaintSeverity.Normal, ClockState.Stopped), (normal.Severity, normal.Clock(ClockKind.MajorResolution).State));
        Assert.Equal(ClockState.Running, normal.Clock(ClockKind.SolutionOrUpdate).State);
    }

    private async Task<Complaint> FileAsync(ComplaintSeverity severity = ComplaintSeverity.Normal, DateTimeOffset? receivedAt = null) =>
        await Client.FileAsync(ComplaintRequests.File(await complaints.ActiveAgreementAsync(), severity, receivedAt));
}
