using Platform.Contracts.Assurance.V1;
using Platform.Contracts.Events.Assurance;
using Platform.IntegrationTests.Infrastructure;
using static Platform.IntegrationTests.Services.Assurance.Funding.FundingRequests;

namespace Platform.IntegrationTests.Services.Assurance.Funding;

/// <summary>
/// Clause 3.1 at year end: a year already over is due at once, so its assessment runs as soon as something of it is
/// recorded. Only order and uniqueness are asserted, never timing.
/// </summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class FundingYearEndTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(15);

    private FundingService.FundingServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Fund_short_at_the_end_of_a_past_year_raises_FundingShortfallFound_once()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { FundingMinPercentOfRevenue = 2.5m });
        // A year already over is assessed at once: its entries first, then its revenue.
        await Client.AllocateFundAsync(Allocate(promisor, PastYear, 10_000m));
        await Client.DeclareRevenueAsync(Declare(promisor, PastYear, 1_000_000m));

        var shortfall = await assurance.Events.FirstAsync<FundingShortfallFound>(e => e.PromisorId == promisor, "the past year's shortfall");

        Assert.Equal((PastYear, 1m, 2.5m), (shortfall.Year, shortfall.PercentOfRevenue, shortfall.RequiredPercent));
        // Another record of the year assesses it again: still short, but already reported.
        var assessed = (await Client.StatusAsync(promisor, PastYear)).LastAssessedAt.ToDateTimeOffset();
        await Client.AllocateFundAsync(Allocate(promisor, PastYear, 1_000m));
        await AssessedAfterAsync(promisor, PastYear, assessed);
        // A later year's shortfall of the same promisor is published after any repeat would have been.
        await Client.DeclareRevenueAsync(Declare(promisor, PastYear - 1, 1_000_000m));
        await assurance.Events.FirstAsync<FundingShortfallFound>(e => e.PromisorId == promisor && e.Year == PastYear - 1, "the sentinel shortfall");
        Assert.Single(assurance.Events.Of<FundingShortfallFound>(e => e.PromisorId == promisor && e.Year == PastYear));
        var status = await Client.StatusAsync(promisor, PastYear);
        Assert.Equal((FundingStatusKind.Short, true, true, "1.1"), (status.Status, status.ShortfallReported, status.YearEnded, status.PercentOfRevenue.Value));
    }

    [Fact]
    public async Task Fund_at_the_required_percent_at_the_end_of_a_past_year_raises_nothing()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { FundingMinPercentOfRevenue = 2.5m });
        await Client.AllocateFundAsync(Allocate(promisor, PastYear, 25_000m));
        var declared = (await Client.DeclareRevenueAsync(Declare(promisor, PastYear, 1_000_000m))).Revenue;
        await AssessedAfterAsync(promisor, PastYear, declared.DeclaredAt.ToDateTimeOffset());

        // A short year recorded afterwards is published after anything the met year could have raised.
        await Client.DeclareRevenueAsync(Declare(promisor, PastYear - 1, 1_000_000m));
        await assurance.Events.FirstAsync<FundingShortfallFound>(e => e.PromisorId == promisor && e.Year == PastYear - 1, "the sentinel shortfall");

        Assert.Empty(assurance.Events.Of<FundingShortfallFound>(e => e.PromisorId == promisor && e.Year == PastYear));
        var status = await Client.StatusAsync(promisor, PastYear);
        Assert.Equal((FundingStatusKind.Met, false, "2.5"), (status.Status, status.ShortfallReported, status.PercentOfRevenue.Value));
    }

    [Fact]
    public async Task Current_year_is_not_assessed_before_its_end()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { FundingMinPercentOfRevenue = 2.5m });

        await Client.DeclareRevenueAsync(Declare(promisor, CurrentYear, 1_000_000m));

        var status = await Client.StatusAsync(promisor, CurrentYear);
        Assert.Equal((FundingStatusKind.Short, false, false, (Google.Protobuf.WellKnownTypes.Timestamp?)null), (status.Status, status.YearEnded, status.ShortfallReported, status.LastAssessedAt));
    }

    private Task AssessedAfterAsync(string promisor, int year, DateTimeOffset after) =>
        Eventually.AssertAsync(
            async () => (await Client.StatusAsync(promisor, year)).LastAssessedAt is { } at && at.ToDateTimeOffset() > after,
            s_timeout,
            $"{year} of {promisor} is assessed after {after:O}");
}
