using Platform.Assurance.Domain.Funding;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Funding;

/// <summary>Test data of the fund: a promisor, a year of 1,000,000 CNY revenue, 2.5% required by one agreement; each helper names only what it changes.</summary>
internal static class FundingFacts
{
    public const string Promisor = "org-acme";
    public const string Officer = "finance-officer";
    public const int Year = 2025;

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset InYear = new(2025, 6, 30, 12, 0, 0, TimeSpan.Zero);
    public static readonly Guid AgreementId = Guid.Parse("6f1c2d3e-4a5b-4c6d-8e7f-0a1b2c3d4e5f");

    public static FundMoney Cny(decimal amount) => new(amount, "CNY");

    public static ClientRequest Request(string fingerprint = "fingerprint") => new(Guid.NewGuid(), fingerprint);

    public static FundingRequirement Requires(decimal percent) => new(percent, AgreementId, "CXQ-2025-000001");

    public static FundEntry Allocation(decimal amount, string currency = "CNY", DateTimeOffset? bookedAt = null, FundingPurpose purpose = FundingPurpose.ServiceOptimisation) =>
        Entry(FundEntryKind.Allocation, amount, currency, bookedAt, purpose);

    public static FundEntry Spending(decimal amount, FundingPurpose purpose, string currency = "CNY", DateTimeOffset? bookedAt = null) =>
        Entry(FundEntryKind.Spending, amount, currency, bookedAt, purpose);

    public static DeclaredRevenue Revenue(decimal amount = 1_000_000m, string currency = "CNY") =>
        DeclaredRevenue.Declare(Guid.NewGuid(), Promisor, Year, Request(), new FundMoney(amount, currency), Officer, Now);

    private static FundEntry Entry(FundEntryKind kind, decimal amount, string currency, DateTimeOffset? bookedAt, FundingPurpose purpose) =>
        FundEntry.Record(Guid.NewGuid(), Promisor, kind, Request(), new FundMoney(amount, currency), bookedAt ?? InYear, purpose, "for the year", Officer, Now);
}
