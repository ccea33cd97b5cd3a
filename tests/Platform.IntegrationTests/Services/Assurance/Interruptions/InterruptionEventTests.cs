using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Assurance.V1;
using Platform.Contracts.Events.Assurance;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.IntegrationTests.Services.Assurance.Interruptions;

/// <summary>What Assurance publishes about an interruption, so Agreements can judge clause 4.2.1 while it goes on.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class InterruptionEventTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private InterruptionsService.InterruptionsServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Interruption_started_and_left_running_publishes_InterruptionStarted_once_and_nothing_else()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var agreementId = await assurance.ActiveAgreementAsync(promisor);
        var startedAt = DateTimeOffset.UtcNow.AddHours(-3);

        var interruption = await Client.StartAsync(InterruptionCalls.Start(promisor, startedAt, agreementId));

        var id = Guid.Parse(interruption.Id);
        var started = await assurance.Events.FirstAsync<InterruptionStarted>(e => e.InterruptionId == id, "the interruption started");
        Assert.Equal(
            (promisor, agreementId, false, true, interruption.StartedAt.ToDateTimeOffset()),
            (started.PromisorId, Assert.Single(started.AffectedAgreementIds), started.AllActiveAgreementsOfPromisor, started.CausedByPromisor, started.StartedAt));
        Assert.Equal(["InterruptionStarted"], await AssuranceOutbox.PublishedAboutAsync(assurance, interruption.Id));
        Assert.Single(assurance.Events.Of<InterruptionStarted>(e => e.InterruptionId == id));
        var read = await Client.GetAsync(interruption.Id);
        Assert.True(read.Ongoing);
        Assert.True(read.Duration.ToTimeSpan() >= TimeSpan.FromHours(3));
    }

    [Fact]
    public async Task Ending_it_publishes_InterruptionEnded_with_the_continuous_duration()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var agreementId = await assurance.ActiveAgreementAsync(promisor);
        var startedAt = DateTimeOffset.UtcNow.AddDays(-3);
        var interruption = await Client.StartAsync(InterruptionCalls.Start(promisor, startedAt, agreementId));

        var ended = await Client.EndAsync(interruption, startedAt.AddHours(50));

        var id = Guid.Parse(interruption.Id);
        var published = await assurance.Events.FirstAsync<InterruptionEnded>(e => e.InterruptionId == id, "the interruption ended");
        Assert.Equal((ended.EndedAt.ToDateTimeOffset(), TimeSpan.FromHours(50)), (published.EndedAt, published.Duration));
        Assert.Equal((false, Duration.FromTimeSpan(TimeSpan.FromHours(50)), 2L), (ended.Ongoing, ended.Duration, ended.Version));
        Assert.Equal(["InterruptionStarted", "InterruptionEnded"], await AssuranceOutbox.PublishedAboutAsync(assurance, interruption.Id));
    }

    [Fact]
    public async Task Retried_report_returns_the_interruption_reported_first_and_publishes_once()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var agreementId = await assurance.ActiveAgreementAsync(promisor);
        var request = InterruptionCalls.Start(promisor, DateTimeOffset.UtcNow.AddMinutes(-10), agreementId);
        var first = await Client.StartAsync(request);

        var retried = await Client.StartAsync(request);

        // The same interruption; only its duration, counted to the time of each answer, differs.
        retried.Duration = first.Duration;
        Assert.Equal(first, retried);
        Assert.Single(await Client.OfPromisorAsync(promisor));
        Assert.Equal(["InterruptionStarted"], await AssuranceOutbox.PublishedAboutAsync(assurance, first.Id));
    }

    [Fact]
    public async Task Interruption_of_all_active_agreements_is_published_as_such()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await assurance.ActiveAgreementAsync(promisor);

        var interruption = await Client.StartAsync(InterruptionCalls.Start(promisor, DateTimeOffset.UtcNow.AddMinutes(-1)));

        var id = Guid.Parse(interruption.Id);
        var started = await assurance.Events.FirstAsync<InterruptionStarted>(e => e.InterruptionId == id, "the interruption started");
        Assert.Equal((true, 0), (started.AllActiveAgreementsOfPromisor, started.AffectedAgreementIds.Count));
    }

    [Fact]
    public async Task Correction_is_on_the_history_and_published_with_the_corrected_record()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var agreementId = await assurance.ActiveAgreementAsync(promisor);
        var startedAt = DateTimeOffset.UtcNow.AddHours(-4);
        var interruption = await Client.StartAsync(InterruptionCalls.Start(promisor, startedAt, agreementId));
        interruption = await Client.EndAsync(interruption, startedAt.AddMinutes(30));
        var request = InterruptionCalls.Correct(interruption, "Monitoring raised the alarm 90 minutes late");
        request.StartedAt = Timestamp.FromDateTimeOffset(startedAt.AddMinutes(-90));
        request.CausedByPromisor = false;

        var corrected = (await Client.CorrectInterruptionAsync(request)).Interruption;

        Assert.Equal((TimeSpan.FromHours(2), false, 3L), (corrected.Duration.ToTimeSpan(), corrected.CausedByPromisor, corrected.Version));
        var correction = Assert.Single((await Client.GetAsync(interruption.Id)).Corrections);
        Assert.Equal(("duty-manager", "Monitoring raised the alarm 90 minutes late"), (correction.Actor, correction.Reason));
        Assert.Equal(["started_at", "caused_by_promisor"], correction.Changes.Select(c => c.Field));
        Assert.Equal(["Started", "Ended", "Corrected"], corrected.History.Select(h => h.Action));
        var id = Guid.Parse(interruption.Id);
        var published = await assurance.Events.FirstAsync<InterruptionCorrected>(e => e.InterruptionId == id, "the interruption corrected");
        Assert.Equal(
            (1, corrected.StartedAt.ToDateTimeOffset(), corrected.EndedAt.ToDateTimeOffset(), TimeSpan.FromHours(2), false, agreementId),
            (published.CorrectionNumber, published.StartedAt, published.EndedAt, published.Duration, published.CausedByPromisor, Assert.Single(published.AffectedAgreementIds)));
        Assert.Equal(["started_at", "caused_by_promisor"], published.ChangedFields);
        Assert.Equal(["InterruptionStarted", "InterruptionEnded", "InterruptionCorrected"], await AssuranceOutbox.PublishedAboutAsync(assurance, interruption.Id));
    }
}
