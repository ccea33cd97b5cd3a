using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;
using static Platform.IntegrationTests.Services.Assurance.Funding.FundingRequests;

namespace Platform.IntegrationTests.Services.Assurance.Funding;

/// <summary>Revenue, fund entries and the clause 3.1 status as callers read them.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class FundingStatusTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private FundingService.FundingServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Status_reports_revenue_allocated_spent_by_purpose_and_the_highest_requirement_with_other_currencies_apart()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { FundingMinPercentOfRevenue = 2.5m });
        var strictest = await assurance.ActiveAgreementAsync(promisor, AgreementFacts.Terms() with { FundingMinPercentOfRevenue = 3m });
        await Client.DeclareRevenueAsync(Declare(promisor, CurrentYear, 1_000_000m));
        await Client.AllocateFundAsync(Allocate(promisor, CurrentYear, 30_000m));
        await Client.AllocateFundAsync(Allocate(promisor, CurrentYear, 500m, currency: "EUR"));
        await Client.RecordFundSpendingAsync(Spend(promisor, CurrentYear, 4_000m, FundingPurpose.TechnologyUpgrade));

        var status = await Client.StatusAsync(promisor, CurrentYear);

        Assert.Equal((FundingStatusKind.Met, "3", "30000", "4000"), (status.Status, status.PercentOfRevenue.Value, status.Allocated.Amount, status.Spent.Amount));
        Assert.Equal(("3", strictest.ToString()), (status.Requirement.MinPercentOfRevenue.Value, status.Requirement.AgreementId));
        Assert.Equal("4000", Assert.Single(status.SpentByPurpose, s => s.Purpose == FundingPurpose.TechnologyUpgrade).Spent.Amount);
        Assert.Equal(3, status.SpentByPurpose.Count);
        var uncounted = Assert.Single(status.Uncounted);
        Assert.Equal(("EUR", "500", "0"), (uncounted.CurrencyCode, uncounted.Allocated.Value, uncounted.Spent.Value));
    }

    [Fact]
    public async Task Status_of_a_promisor_without_agreement_or_revenue_says_so()
    {
        var promisor = AssuranceFixture.NewPromisor();
        await Client.AllocateFundAsync(Allocate(promisor, CurrentYear, 100m));

        var noAgreement = await Client.StatusAsync(promisor, CurrentYear);
        await assurance.ActiveAgreementAsync(promisor);
        var noRevenue = await Client.StatusAsync(promisor, CurrentYear);

        Assert.Equal(FundingStatusKind.NoActiveAgreement, noAgreement.Status);
        Assert.Equal((FundingStatusKind.NoRevenueDeclared, "100"), (noRevenue.Status, Assert.Single(noRevenue.Uncounted).Allocated.Value));
    }

    [Fact]
    public async Task Amendments_are_kept_on_the_history_and_a_stale_version_is_ABORTED()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var declared = (await Client.DeclareRevenueAsync(Declare(promisor, PastYear, 1_000_000m))).Revenue;

        var amended = (await Client.AmendRevenueAsync(Amend(promisor, declared.Version, 900_000m))).Revenue;
        var stale = await Assert.ThrowsAsync<RpcException>(() => Client.AmendRevenueAsync(Amend(promisor, declared.Version, 800_000m)).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        var read = (await Client.GetRevenueAsync(new GetRevenueRequest { PromisorId = promisor, Year = PastYear })).Revenue;
        Assert.Equal(amended, read);
        Assert.Equal((2L, "900000"), (read.Version, read.Amount.Amount));
        Assert.Equal([("Declared", "1000000", ""), ("Amended", "900000", "audited figure")], read.History.Select(h => (h.Action, h.Revenue.Amount, h.Reason)));
    }

    [Fact]
    public async Task Retried_declaration_returns_the_first_and_other_content_or_a_second_declaration_is_ALREADY_EXISTS()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var request = Declare(promisor, PastYear);
        var first = (await Client.DeclareRevenueAsync(request)).Revenue;

        var retried = (await Client.DeclareRevenueAsync(request)).Revenue;
        var reused = await Assert.ThrowsAsync<RpcException>(() => Client.DeclareRevenueAsync(request.WithChange(r => r.Revenue = Money(5m))).ResponseAsync);
        var second = await Assert.ThrowsAsync<RpcException>(() => Client.DeclareRevenueAsync(Declare(promisor, PastYear)).ResponseAsync);

        Assert.Equal(first, retried);
        Assert.Equal((StatusCode.AlreadyExists, StatusCode.AlreadyExists), (reused.StatusCode, second.StatusCode));
    }

    [Fact]
    public async Task Retried_fund_entry_is_recorded_once_and_other_content_under_its_request_id_is_ALREADY_EXISTS()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var request = Allocate(promisor, CurrentYear, 100m);
        var first = (await Client.AllocateFundAsync(request)).Entry;

        var retried = (await Client.AllocateFundAsync(request)).Entry;
        var reused = await Assert.ThrowsAsync<RpcException>(() => Client.AllocateFundAsync(request.WithChange(r => r.Amount = Money(200m))).ResponseAsync);
        var asSpending = await Assert.ThrowsAsync<RpcException>(
            () => Client.RecordFundSpendingAsync(Spend(promisor, CurrentYear, 100m).WithChange(r => (r.RequestId, r.BookedAt, r.Purpose, r.Description) = (request.RequestId, request.BookedAt, request.Purpose, request.Description))).ResponseAsync);

        Assert.Equal(first, retried);
        Assert.Equal((StatusCode.AlreadyExists, StatusCode.AlreadyExists), (reused.StatusCode, asSpending.StatusCode));
        Assert.Equal(first.Id, Assert.Single(await Client.EntriesAsync(promisor)).Id);
    }

    [Fact]
    public async Task Entries_are_listed_newest_first_by_year_kind_and_purpose_in_pages()
    {
        var promisor = AssuranceFixture.NewPromisor();
        var old = (await Client.AllocateFundAsync(Allocate(promisor, PastYear, 1m))).Entry;
        var care = (await Client.AllocateFundAsync(Allocate(promisor, CurrentYear, 2m, FundingPurpose.CustomerCare))).Entry;
        var spent = (await Client.RecordFundSpendingAsync(Spend(promisor, CurrentYear, 3m))).Entry;

        var firstPage = await Client.ListFundEntriesAsync(new ListFundEntriesRequest { PromisorId = promisor, PageSize = 2 });
        var secondPage = await Client.ListFundEntriesAsync(new ListFundEntriesRequest { PromisorId = promisor, PageSize = 2, PageToken = firstPage.NextPageToken });
        var allocations = await Client.ListFundEntriesAsync(new ListFundEntriesRequest { PromisorId = promisor, Year = CurrentYear, Kind = FundEntryKind.Allocation });
        var forCare = await Client.ListFundEntriesAsync(new ListFundEntriesRequest { PromisorId = promisor, Purpose = FundingPurpose.CustomerCare });

        Assert.Equal([spent.Id, care.Id, old.Id], firstPage.Entries.Concat(secondPage.Entries).Select(e => e.Id));
        Assert.Equal(string.Empty, secondPage.NextPageToken);
        Assert.Equal(care.Id, Assert.Single(allocations.Entries).Id);
        Assert.Equal([spent.Id, care.Id], forCare.Entries.Select(e => e.Id));
        Assert.Equal((PastYear, FundEntryKind.Allocation), (old.Year, old.Kind));
    }

    private static AmendRevenueRequest Amend(string promisor, long version, decimal amount) => new()
    {
        PromisorId = promisor,
        Year = PastYear,
        Version = version,
        Revenue = Money(amount),
        Reason = "audited figure",
        Actor = Officer,
    };
}
