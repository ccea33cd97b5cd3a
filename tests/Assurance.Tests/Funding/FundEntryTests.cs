using Platform.Assurance.Domain.Funding;
using Platform.SharedKernel;
using static Platform.Assurance.Tests.Funding.FundingFacts;

namespace Platform.Assurance.Tests.Funding;

public sealed class FundEntryTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void Any_purpose_but_the_three_of_clause_3_1_is_invalid_naming_purpose(int purpose)
    {
        var error = Assert.Throws<RuleViolationException>(() => Record(purpose: (FundingPurpose)purpose));

        Assert.Equal((RuleKind.InvalidArgument, "purpose"), (error.Kind, error.Subject));
    }

    [Theory]
    [InlineData(FundingPurpose.ServiceOptimisation)]
    [InlineData(FundingPurpose.TechnologyUpgrade)]
    [InlineData(FundingPurpose.CustomerCare)]
    public void Each_allowed_purpose_is_recorded(FundingPurpose purpose) =>
        Assert.Equal(purpose, Record(purpose: purpose).Purpose);

    [Fact]
    public void Entry_booked_in_the_future_is_invalid_naming_booked_at()
    {
        var error = Assert.Throws<RuleViolationException>(() => Record(bookedAt: Now.AddTicks(10)));

        Assert.Equal((RuleKind.InvalidArgument, "booked_at"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Entry_counts_for_the_UTC_year_of_its_booking()
    {
        // 31 December 23:30 at UTC-2 is already 1 January in UTC.
        var entry = Record(bookedAt: new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.FromHours(-2)));

        Assert.Equal(2026, entry.Year);
    }

    [Fact]
    public void Reusing_the_request_id_for_other_content_already_exists()
    {
        var request = Request("first");
        var entry = FundEntry.Record(Guid.NewGuid(), Promisor, FundEntryKind.Allocation, request, Cny(1m), InYear, FundingPurpose.CustomerCare, null, Officer, Now);

        var error = Assert.Throws<RuleViolationException>(() => entry.EnsureRecordedBy(request with { Fingerprint = "other" }));

        Assert.Equal((RuleKind.AlreadyExists, "request_id"), (error.Kind, error.Subject));
    }

    private static FundEntry Record(FundingPurpose purpose = FundingPurpose.CustomerCare, DateTimeOffset? bookedAt = null) =>
        FundEntry.Record(Guid.NewGuid(), Promisor, FundEntryKind.Spending, Request(), Cny(100m), bookedAt ?? InYear, purpose, "call-centre training", Officer, Now);
}
