using System.Globalization;
using Platform.Assurance.Domain.Surveys;
using Platform.SharedKernel;

namespace Platform.Assurance.Tests.Surveys;

/// <summary>Clause 4.2.3: the same cases Agreements' BreachRules.RectificationDeadline is tested with, so both sides agree on the date.</summary>
public sealed class RectificationDeadlineTests
{
    [Theory]
    [InlineData("2026-01-31T10:00:00Z", 1, "2026-02-28T10:00:00Z")]
    [InlineData("2028-01-31T10:00:00Z", 1, "2028-02-29T10:00:00Z")]
    [InlineData("2028-02-29T10:00:00Z", 1, "2028-03-29T10:00:00Z")]
    [InlineData("2028-02-29T10:00:00Z", 12, "2029-02-28T10:00:00Z")]
    [InlineData("2026-03-31T10:00:00Z", 1, "2026-04-30T10:00:00Z")]
    [InlineData("2026-08-31T10:00:00Z", 1, "2026-09-30T10:00:00Z")]
    [InlineData("2026-08-31T10:00:00Z", 6, "2027-02-28T10:00:00Z")]
    [InlineData("2026-11-30T23:59:59Z", 3, "2027-02-28T23:59:59Z")]
    [InlineData("2026-01-15T10:00:00Z", 3, "2026-04-15T10:00:00Z")]
    [InlineData("2026-12-31T00:00:00Z", 12, "2027-12-31T00:00:00Z")]
    public void Deadline_is_K_calendar_months_after_the_report_and_ends_on_the_last_day_of_a_shorter_month(string receivedAt, int months, string expected)
    {
        var deadline = RectificationRules.Deadline(DateTimeOffset.Parse(receivedAt, CultureInfo.InvariantCulture), months);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), deadline);
    }

    [Fact]
    public void Deadline_is_counted_in_UTC_whatever_offset_the_report_time_has()
    {
        // 31 January 02:00 in +08:00 is 30 January 18:00 UTC; one month later is 28 February 18:00 UTC.
        var deadline = RectificationRules.Deadline(new DateTimeOffset(2026, 1, 31, 2, 0, 0, TimeSpan.FromHours(8)), 1);

        Assert.Equal(new DateTimeOffset(2026, 2, 28, 18, 0, 0, TimeSpan.Zero), deadline);
        Assert.Equal(TimeSpan.Zero, deadline.Offset);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1201)]
    public void Rectification_period_outside_1_to_1200_months_is_an_invalid_argument(int months)
    {
        var error = Assert.Throws<RuleViolationException>(() => RectificationRules.Deadline(SurveyBuilder.ReportReceivedAt, months));

        Assert.Equal((RuleKind.InvalidArgument, "rectification_months"), (error.Kind, error.Subject));
    }

    [Fact]
    public void Deadline_has_passed_only_after_it_not_at_it()
    {
        var deadline = RectificationRules.Deadline(SurveyBuilder.ReportReceivedAt, 3);

        Assert.False(RectificationRules.HasPassed(deadline, deadline));
        Assert.True(RectificationRules.HasPassed(deadline, deadline.AddTicks(1)));
    }

    [Fact]
    public void Each_agreement_below_its_floor_gets_the_deadline_of_its_own_rectification_months()
    {
        var rectification = new SurveyBuilder().ReceivedAt(new DateTimeOffset(2026, 1, 31, 10, 0, 0, TimeSpan.Zero))
            .Rectification(SurveyBuilder.Terms(months: 1), SurveyBuilder.Terms(SurveyBuilder.OtherAgreementId, months: 7));

        Assert.Equal(
            [new DateTimeOffset(2026, 2, 28, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 8, 31, 10, 0, 0, TimeSpan.Zero)],
            rectification.Obligations.Select(o => o.Deadline));
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 10, 0, 0, TimeSpan.Zero), rectification.Deadline);
    }
}
