using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Platform.Contracts.Assurance.V1;
using Platform.Contracts.Common.V1;

namespace Platform.IntegrationTests.Services.Assurance.Funding;

/// <summary>Valid fund requests by default; each test names only what it is about.</summary>
internal static class FundingRequests
{
    public const string Officer = "finance-officer";

    /// <summary>Last year: over, so its year end is due at once.</summary>
    public static int PastYear => DateTimeOffset.UtcNow.Year - 1;

    public static int CurrentYear => DateTimeOffset.UtcNow.Year;

    /// <summary>Mid-year of <paramref name="year"/>, or now for the current year (entries are never booked in the future).</summary>
    public static DateTimeOffset InYear(int year) =>
        year == CurrentYear ? DateTimeOffset.UtcNow.AddSeconds(-1) : new DateTimeOffset(year, 6, 30, 12, 0, 0, TimeSpan.Zero);

    public static Money Money(decimal amount, string currency = "CNY") =>
        new() { Amount = amount.ToString(CultureInfo.InvariantCulture), CurrencyCode = currency };

    public static DeclareRevenueRequest Declare(string promisorId, int year, decimal amount = 1_000_000m, string currency = "CNY") => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        PromisorId = promisorId,
        Year = year,
        Revenue = Money(amount, currency),
        Actor = Officer,
    };

    public static AllocateFundRequest Allocate(string promisorId, int year, decimal amount, FundingPurpose purpose = FundingPurpose.ServiceOptimisation, string currency = "CNY") => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        PromisorId = promisorId,
        Amount = Money(amount, currency),
        BookedAt = Timestamp.FromDateTimeOffset(InYear(year)),
        Purpose = purpose,
        Description = "service fund",
        Actor = Officer,
    };

    public static RecordFundSpendingRequest Spend(string promisorId, int year, decimal amount, FundingPurpose purpose = FundingPurpose.CustomerCare, string currency = "CNY") => new()
    {
        RequestId = Guid.NewGuid().ToString(),
        PromisorId = promisorId,
        Amount = Money(amount, currency),
        BookedAt = Timestamp.FromDateTimeOffset(InYear(year)),
        Purpose = purpose,
        Description = "call-centre training",
        Actor = Officer,
    };

    public static Task<GetFundingStatusResponse> StatusAsync(this FundingService.FundingServiceClient client, string promisorId, int year) =>
        client.GetFundingStatusAsync(new GetFundingStatusRequest { PromisorId = promisorId, Year = year }).ResponseAsync;

    public static async Task<IReadOnlyList<FundEntry>> EntriesAsync(this FundingService.FundingServiceClient client, string promisorId) =>
        (await client.ListFundEntriesAsync(new ListFundEntriesRequest { PromisorId = promisorId })).Entries;
}
