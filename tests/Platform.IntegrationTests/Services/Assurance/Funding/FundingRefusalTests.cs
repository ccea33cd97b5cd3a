using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Platform.Contracts.Assurance.V1;
using Platform.IntegrationTests.Infrastructure;
using static Platform.IntegrationTests.Services.Assurance.Funding.FundingRequests;

namespace Platform.IntegrationTests.Services.Assurance.Funding;

/// <summary>Fund requests refused: a clear error naming the field, and nothing stored.</summary>
[Collection(PlatformCollectionDefinition.Name)]
public sealed class FundingRefusalTests(PlatformInfrastructure infrastructure, AssuranceFixture assurance)
    : IClassFixture<AssuranceFixture>, IAsyncLifetime
{
    private FundingService.FundingServiceClient Client => new(assurance.Channel);

    public Task InitializeAsync() => assurance.StartAsync(infrastructure);

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> EntryFields =>
        ["request_id", "promisor_id", "amount", "amount.amount", "amount.currency_code", "booked_at", "purpose", "description", "actor"];

    public static TheoryData<string> DeclarationFields =>
        ["request_id", "promisor_id", "year", "revenue", "revenue.amount", "revenue.currency_code", "actor"];

    public static TheoryData<string> AmendmentFields => ["promisor_id", "year", "revenue", "revenue.amount", "revenue.currency_code", "reason", "actor"];

    [Theory]
    [InlineData(FundingPurpose.Unspecified, true)]
    [InlineData((FundingPurpose)99, true)]
    [InlineData(FundingPurpose.Unspecified, false)]
    [InlineData((FundingPurpose)99, false)]
    public async Task Purpose_outside_the_three_of_clause_3_1_is_INVALID_ARGUMENT_naming_purpose_and_stores_nothing(FundingPurpose purpose, bool allocation)
    {
        var promisor = AssuranceFixture.NewPromisor();
        Task call = allocation
            ? Client.AllocateFundAsync(Allocate(promisor, CurrentYear, 100m, purpose)).ResponseAsync
            : Client.RecordFundSpendingAsync(Spend(promisor, CurrentYear, 100m, purpose)).ResponseAsync;

        await AssertInvalidAsync(() => call, "purpose");
        Assert.Empty(await Client.EntriesAsync(promisor));
    }

    [Theory]
    [MemberData(nameof(EntryFields))]
    public async Task Invalid_fund_entry_is_INVALID_ARGUMENT_naming_the_field_and_stores_nothing(string field)
    {
        var promisor = AssuranceFixture.NewPromisor();
        var allocation = Allocate(promisor, CurrentYear, 100m);
        var spending = Spend(promisor, CurrentYear, 100m);
        Break(field, v => allocation.RequestId = v, v => allocation.PromisorId = v, m => allocation.Amount = m, t => allocation.BookedAt = t, p => allocation.Purpose = p, d => allocation.Description = d, a => allocation.Actor = a);
        Break(field, v => spending.RequestId = v, v => spending.PromisorId = v, m => spending.Amount = m, t => spending.BookedAt = t, p => spending.Purpose = p, d => spending.Description = d, a => spending.Actor = a);

        await AssertInvalidAsync(() => Client.AllocateFundAsync(allocation).ResponseAsync, field);
        await AssertInvalidAsync(() => Client.RecordFundSpendingAsync(spending).ResponseAsync, field);
        Assert.Empty(await Client.EntriesAsync(promisor));
    }

    [Theory]
    [MemberData(nameof(DeclarationFields))]
    public async Task Invalid_declaration_is_INVALID_ARGUMENT_naming_the_field_and_stores_nothing(string field)
    {
        var promisor = AssuranceFixture.NewPromisor();
        var request = Declare(promisor, PastYear);
        switch (field)
        {
            case "request_id": request.RequestId = "not-a-uuid"; break;
            case "promisor_id": request.PromisorId = " "; break;
            case "year": request.Year = CurrentYear + 1; break;
            case "revenue": request.Revenue = null; break;
            case "revenue.amount": request.Revenue.Amount = "0"; break;
            case "revenue.currency_code": request.Revenue.CurrencyCode = "yuan"; break;
            case "actor": request.Actor = string.Empty; break;
        }

        await AssertInvalidAsync(() => Client.DeclareRevenueAsync(request).ResponseAsync, field);
        var read = await Assert.ThrowsAsync<RpcException>(() => Client.GetRevenueAsync(new GetRevenueRequest { PromisorId = promisor, Year = PastYear }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, read.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AmendmentFields))]
    public async Task Invalid_amendment_is_INVALID_ARGUMENT_naming_the_field_and_changes_nothing(string field)
    {
        var promisor = AssuranceFixture.NewPromisor();
        var declared = (await Client.DeclareRevenueAsync(Declare(promisor, PastYear))).Revenue;
        var request = new AmendRevenueRequest { PromisorId = promisor, Year = PastYear, Version = 1, Revenue = Money(5m), Reason = "audited", Actor = Officer };
        switch (field)
        {
            case "promisor_id": request.PromisorId = new string('x', 151); break;
            case "year": request.Year = 0; break;
            case "revenue": request.Revenue = null; break;
            case "revenue.amount": request.Revenue.Amount = "lots"; break;
            case "revenue.currency_code": request.Revenue.CurrencyCode = string.Empty; break;
            case "reason": request.Reason = " "; break;
            case "actor": request.Actor = string.Empty; break;
        }

        await AssertInvalidAsync(() => Client.AmendRevenueAsync(request).ResponseAsync, field);
        Assert.Equal(declared, (await Client.GetRevenueAsync(new GetRevenueRequest { PromisorId = promisor, Year = PastYear })).Revenue);
    }

    [Fact]
    public async Task Revenue_never_declared_is_NOT_FOUND_to_read_and_to_amend()
    {
        var promisor = AssuranceFixture.NewPromisor();

        var read = await Assert.ThrowsAsync<RpcException>(() => Client.GetRevenueAsync(new GetRevenueRequest { PromisorId = promisor, Year = PastYear }).ResponseAsync);
        var amend = await Assert.ThrowsAsync<RpcException>(() => Client.AmendRevenueAsync(
            new AmendRevenueRequest { PromisorId = promisor, Year = PastYear, Version = 1, Revenue = Money(5m), Reason = "audited", Actor = Officer }).ResponseAsync);

        Assert.Equal((StatusCode.NotFound, StatusCode.NotFound), (read.StatusCode, amend.StatusCode));
    }

    [Fact]
    public async Task Queries_with_a_missing_promisor_or_a_bad_year_page_or_filter_are_INVALID_ARGUMENT_naming_it()
    {
        await AssertInvalidAsync(() => Client.GetRevenueAsync(new GetRevenueRequest { Year = PastYear }).ResponseAsync, "promisor_id");
        await AssertInvalidAsync(() => Client.GetRevenueAsync(new GetRevenueRequest { PromisorId = "org-x", Year = 1999 }).ResponseAsync, "year");
        await AssertInvalidAsync(() => Client.GetFundingStatusAsync(new GetFundingStatusRequest { Year = PastYear }).ResponseAsync, "promisor_id");
        await AssertInvalidAsync(() => Client.GetFundingStatusAsync(new GetFundingStatusRequest { PromisorId = "org-x" }).ResponseAsync, "year");
        await AssertInvalidAsync(() => Client.ListFundEntriesAsync(new ListFundEntriesRequest()).ResponseAsync, "promisor_id");
        await AssertInvalidAsync(() => Client.ListFundEntriesAsync(new ListFundEntriesRequest { PromisorId = "org-x", Year = 3000 }).ResponseAsync, "year");
        await AssertInvalidAsync(() => Client.ListFundEntriesAsync(new ListFundEntriesRequest { PromisorId = "org-x", Kind = (FundEntryKind)7 }).ResponseAsync, "kind");
        await AssertInvalidAsync(() => Client.ListFundEntriesAsync(new ListFundEntriesRequest { PromisorId = "org-x", Purpose = (FundingPurpose)7 }).ResponseAsync, "purpose");
        await AssertInvalidAsync(() => Client.ListFundEntriesAsync(new ListFundEntriesRequest { PromisorId = "org-x", PageSize = -1 }).ResponseAsync, "page_size");
        await AssertInvalidAsync(() => Client.ListFundEntriesAsync(new ListFundEntriesRequest { PromisorId = "org-x", PageToken = "forged" }).ResponseAsync, "page_token");
    }

    private static void Break(
        string field,
        Action<string> requestId,
        Action<string> promisorId,
        Action<Contracts.Common.V1.Money?> amount,
        Action<Timestamp> bookedAt,
        Action<FundingPurpose> purpose,
        Action<string> description,
        Action<string> actor)
    {
        switch (field)
        {
            case "request_id": requestId(string.Empty); break;
            case "promisor_id": promisorId(string.Empty); break;
            case "amount": amount(null); break;
            case "amount.amount": amount(Money(-1m)); break;
            case "amount.currency_code": amount(Money(1m, "EURO")); break;
            case "booked_at": bookedAt(Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(1))); break;
            case "purpose": purpose(FundingPurpose.Unspecified); break;
            case "description": description(new string('d', 1001)); break;
            case "actor": actor(" "); break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "Not a fund entry field.");
        }
    }

    private static async Task AssertInvalidAsync(Func<Task> call, string field)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(field, Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
    }
}
