using Platform.Contracts.Assurance.V1;
using Platform.Contracts.Events.Assurance;
using Platform.IntegrationTests.Infrastructure;
using static Platform.IntegrationTests.Services.Assurance.Staffing.StaffingRequests;

namespace Platform.IntegrationTests.Services.Assurance.Staffing;

/// <summary>Clause 3.2 transitions: each is published once, in the order it happened. Only order and uniqueness are asserted, never timing.</summary>
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

    /// <summary>Times come back from the database to the microsecond.</summary>
    private sealed class AtMillisecond : IEqualityComparer<(int, DateTimeOffset)>
    {
        public bool Equals((int, DateTimeOffset) x, (int, DateTimeOffset) y) => x.Item1 == y.Item1 && (x.Item2 - y.Item2).Duration() < TimeSpan.FromMilliseconds(1);

        public int GetHashCode((int, DateTimeOffset) obj) => obj.Item1;
    }
}
