using Platform.Contracts.Assurance.V1;
using Platform.Contracts.Events.Agreements;
using Platform.Contracts.Events.Assurance;
using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.Services.Assurance.Interruptions;
using static Platform.IntegrationTests.Services.Assurance.Staffing.StaffingRequests;

namespace Platform.IntegrationTests.Services.Assurance.Staffing;

/// <summary>
/// Clause 3.2 transitions, after roster changes and after agreement changes: each is published once, in the order
/// it happened. Only order and uniqueness are asserted, never timing.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class StaffingTransitionTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private StaffingService.StaffingServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Leaving_below_the_requirement_raises_StaffingShortfallFound_once_and_a_restoring_joining_StaffingRestored()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { TeamMinHeadcount = 2, CoreMemberMinExperienceYears = 5m });
        var lead = await Client.AddAsync(Add(promisor, core: true, years: 8m));
        var agent = await Client.AddAsync(Add(promisor));
        await assurance.Events.FirstAsync<StaffingRestored>(e => e.PromisorId == promisor, "the team first complete");

        var leftAt = DateTimeOffset.UtcNow.AddMinutes(-5);
        await Client.RecordTeamMemberLeavingAsync(Leave(agent, leftAt));
        await Client.RecordTeamMemberLeavingAsync(Leave(lead, leftAt.AddMinutes(1)));
        var joinedAt = leftAt.AddMinutes(2);
        await Client.AddAsync(Add(promisor, joinedAt, core: true, years: 6m));
        await Client.AddAsync(Add(promisor, joinedAt));

        // Facts of one team arrive in order: a repeated shortfall would come before the restoration.
        await Eventually.AssertAsync(() => Task.FromResult(assurance.Events.Of<StaffingRestored>(e => e.PromisorId == promisor).Count == 2), TimeSpan.FromSeconds(15), "the team complete again");
        var shortfall = Assert.Single(assurance.Events.Of<StaffingShortfallFound>(e => e.PromisorId == promisor));
        Assert.Equal((1, 2, 0), (shortfall.Headcount, shortfall.RequiredHeadcount, shortfall.CoreMembersBelowExperience));
        Assert.Equal(leftAt, shortfall.At, TimeSpan.FromMilliseconds(1));
        var restored = assurance.Events.Of<StaffingRestored>(e => e.PromisorId == promisor)[^1];
        Assert.Equal((2, joinedAt), (restored.Headcount, restored.At), new AtMillisecond());
    }

    [Fact]
    public async Task Leaving_recorded_ahead_raises_StaffingShortfallFound_when_its_time_comes()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { TeamMinHeadcount = 1, CoreMemberMinExperienceYears = 5m });
        var member = await Client.AddAsync(Add(promisor));
        await assurance.Events.FirstAsync<StaffingRestored>(e => e.PromisorId == promisor, "the team complete");
        var leavesAt = DateTimeOffset.UtcNow.AddSeconds(2);

        await Client.RecordTeamMemberLeavingAsync(Leave(member, leavesAt));

        var shortfall = await assurance.Events.FirstAsync<StaffingShortfallFound>(e => e.PromisorId == promisor, "the planned leaving");
        Assert.Equal((0, 1), (shortfall.Headcount, shortfall.RequiredHeadcount));
        Assert.Equal(leavesAt, shortfall.At, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Agreement_requiring_a_larger_team_becoming_active_raises_StaffingShortfallFound_once_and_its_termination_StaffingRestored_once()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { TeamMinHeadcount = 1, CoreMemberMinExperienceYears = 5m });
        await Client.AddAsync(Add(promisor));
        await assurance.Events.FirstAsync<StaffingRestored>(e => e.PromisorId == promisor, "the team meets the first agreement");

        var activeFrom = DateTimeOffset.UtcNow;
        var larger = await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { TeamMinHeadcount = 2, CoreMemberMinExperienceYears = 5m }, activeFrom);
        var shortfall = await assurance.Events.FirstAsync<StaffingShortfallFound>(e => e.PromisorId == promisor, "the second agreement requires two people");
        var terminatedAt = DateTimeOffset.UtcNow;
        await assurance.Environment.PublishAsync(await TerminatedAsync(larger, terminatedAt));

        // Facts of one team are published in order from rows written with each change: a repeated shortfall or
        // restoration would be a row of its own.
        Assert.Equal(
            [nameof(StaffingRestored), nameof(StaffingShortfallFound), nameof(StaffingRestored)],
            await PublishedAsync(promisor, count: 3));
        Assert.Equal((1, 2, 0), (shortfall.Headcount, shortfall.RequiredHeadcount, shortfall.CoreMembersBelowExperience));
        Assert.Equal(activeFrom, shortfall.At, TimeSpan.FromMilliseconds(1));
        var restored = assurance.Events.Of<StaffingRestored>(e => e.PromisorId == promisor)[^1];
        Assert.Equal((1, terminatedAt), (restored.Headcount, restored.At), new AtMillisecond());
    }

    [Fact]
    public async Task Amendment_raising_the_headcount_raises_StaffingShortfallFound_once_and_one_lowering_it_again_StaffingRestored_once()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var terms = AgreementFacts.Terms() with { TeamMinHeadcount = 1, CoreMemberMinExperienceYears = 5m };
        var agreementId = await assurance.ActiveAgreementAsync(promisor, terms);
        await Client.AddAsync(Add(promisor));
        await assurance.Events.FirstAsync<StaffingRestored>(e => e.PromisorId == promisor, "the team meets the agreement");

        var raisedFrom = DateTimeOffset.UtcNow;
        await assurance.Environment.PublishAsync(AgreementFacts.Amended(agreementId, terms with { Version = 2, TeamMinHeadcount = 3 }, raisedFrom));
        var shortfall = await assurance.Events.FirstAsync<StaffingShortfallFound>(e => e.PromisorId == promisor, "the amendment requires three people");
        var loweredFrom = DateTimeOffset.UtcNow;
        await assurance.Environment.PublishAsync(AgreementFacts.Amended(agreementId, terms with { Version = 3 }, loweredFrom) with { AgreementVersion = 3 });

        Assert.Equal(
            [nameof(StaffingRestored), nameof(StaffingShortfallFound), nameof(StaffingRestored)],
            await PublishedAsync(promisor, count: 3));
        Assert.Equal((1, 3), (shortfall.Headcount, shortfall.RequiredHeadcount));
        Assert.Equal(raisedFrom, shortfall.At, TimeSpan.FromMilliseconds(1));
        Assert.Equal(loweredFrom, assurance.Events.Of<StaffingRestored>(e => e.PromisorId == promisor)[^1].At, TimeSpan.FromMilliseconds(1));
    }

    /// <summary>Waits until <paramref name="count"/> staffing facts of the promisor were written and published, and returns their types in order.</summary>
    private async Task<IReadOnlyList<string>> PublishedAsync(string promisor, int count)
    {
        await Eventually.AssertAsync(
            async () => await AssuranceOutbox.CountAboutAsync(assurance, $"staffing/{promisor}") >= count,
            TimeSpan.FromSeconds(15),
            $"{count} staffing facts of {promisor}");
        return await AssuranceOutbox.PublishedAboutAsync(assurance, $"staffing/{promisor}");
    }

    /// <summary>The termination of an agreement Assurance knows, as Agreements would publish it (the version after its activation).</summary>
    private async Task<AgreementTerminated> TerminatedAsync(Guid agreementId, DateTimeOffset at)
    {
        var known = (await new AssuranceService.AssuranceServiceClient(assurance.Channel)
            .GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreementId.ToString() })).Eligibility;
        return new AgreementTerminated { AgreementId = agreementId, Number = known.AgreementNumber, AgreementVersion = 2, Reason = "ended by both parties", OccurredAt = at };
    }

    /// <summary>Times come back from the database to the microsecond.</summary>
    private sealed class AtMillisecond : IEqualityComparer<(int, DateTimeOffset)>
    {
        public bool Equals((int, DateTimeOffset) x, (int, DateTimeOffset) y) => x.Item1 == y.Item1 && (x.Item2 - y.Item2).Duration() < TimeSpan.FromMilliseconds(1);

        public int GetHashCode((int, DateTimeOffset) obj) => obj.Item1;
    }
}
