using Platform.Assurance.Domain.Funding;
using Platform.SharedKernel;
using static Platform.Assurance.Tests.Funding.FundingFacts;

namespace Platform.Assurance.Tests.Funding;

public sealed class DeclaredRevenueTests
{
    [Fact]
    public void Every_amendment_is_kept_on_the_history_with_actor_time_and_reason()
    {
        var revenue = Revenue(1_000_000m);
        var later = Now.AddDays(3);

        revenue.Amend(Cny(900_000m), "audited figure", "auditor", 1, later);
        revenue.Amend(new FundMoney(120_000m, "EUR"), "reported in euros", "cfo", 2, later.AddDays(1));

        Assert.Equal((120_000m, "EUR", 3L), (revenue.Amount, revenue.Currency, revenue.Version));
        Assert.Equal(
            [
                new RevenueHistoryEntry(1, Now, Officer, "Declared", 1_000_000m, "CNY", string.Empty),
                new RevenueHistoryEntry(2, later, "auditor", "Amended", 900_000m, "CNY", "audited figure"),
                new RevenueHistoryEntry(3, later.AddDays(1), "cfo", "Amended", 120_000m, "EUR", "reported in euros"),
            ],
            revenue.History);
    }

    [Fact]
    public void Amendment_from_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        var revenue = Revenue(1_000_000m);
        revenue.Amend(Cny(900_000m), "audited figure", Officer, 1, Now);

        var error = Assert.Throws<RuleViolationException>(() => revenue.Amend(Cny(800_000m), "again", Officer, 1, Now));

        Assert.Equal((RuleKind.ConcurrencyConflict, 900_000m, 2), (error.Kind, revenue.Amount, revenue.History.Count));
    }

    [Fact]
    public void Amendment_without_a_reason_is_invalid_naming_reason()
    {
        var revenue = Revenue();

        var error = Assert.Throws<RuleViolationException>(() => revenue.Amend(Cny(900_000m), " ", Officer, 1, Now));

        Assert.Equal((RuleKind.InvalidArgument, "reason"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Amendment_that_changes_nothing_is_refused()
    {
        var revenue = Revenue(1_000_000m);

        var error = Assert.Throws<RuleViolationException>(() => revenue.Amend(Cny(1_000_000m), "same", Officer, 1, Now));

        Assert.Equal((RuleKind.FailedPrecondition, "funding.revenue_unchanged", 1L), (error.Kind, error.Code, revenue.Version));
    }

    [Theory]
    [InlineData(2027, "year")]
    [InlineData(1999, "year")]
    [InlineData(0, "year")]
    public void Revenue_of_a_year_not_begun_or_out_of_range_is_invalid(int year, string field)
    {
        var error = Assert.Throws<RuleViolationException>(() => DeclaredRevenue.Declare(Guid.NewGuid(), Promisor, year, Request(), Cny(1m), Officer, Now));

        Assert.Equal((RuleKind.InvalidArgument, field), (error.Kind, error.Subject));
    }

    [Fact]
    public void Revenue_of_the_current_year_may_be_declared()
    {
        var revenue = DeclaredRevenue.Declare(Guid.NewGuid(), Promisor, Now.Year, Request(), Cny(1m), Officer, Now);

        Assert.Equal(Now.Year, revenue.Year);
    }

    [Fact]
    public void Reusing_the_request_id_for_other_content_already_exists()
    {
        var request = Request("first");
        var revenue = DeclaredRevenue.Declare(Guid.NewGuid(), Promisor, Year, request, Cny(1m), Officer, Now);

        revenue.EnsureDeclaredBy(request);
        var error = Assert.Throws<RuleViolationException>(() => revenue.EnsureDeclaredBy(request with { Fingerprint = "other" }));

        Assert.Equal((RuleKind.AlreadyExists, "request_id"), (error.Kind, error.Subject));
    }
}
