using Platform.OfficerConsole.Agreements;

namespace Platform.OfficerConsole.Tests;

/// <summary>The compliance page's chart and period names.</summary>
public sealed class ComplianceChartTests
{
    private static readonly TimeZoneInfo s_shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public void Each_period_gets_a_rate_and_an_attainment_bar_side_by_side_and_heights_follow_the_percentages()
    {
        var chart = new ComplianceChart([("Oct 2026", 96m, 80m), ("Nov 2026", 100m, null)], resolutionTarget: 95m);

        Assert.Equal(4, chart.Bars.Count);
        var (rate, attainment) = (chart.Bars[0], chart.Bars[1]);
        Assert.Equal(("Resolution rate", "Response-time attainment"), (rate.Series, attainment.Series));
        Assert.True(rate.X < attainment.X, "the rate bar stands left of the attainment bar");
        Assert.Equal(0.8, attainment.Height / chart.Bars[2].Height, precision: 6);
        Assert.Equal(("96%", "no data", 0d), (rate.Text, chart.Bars[3].Text, chart.Bars[3].Height));
        Assert.Equal(ComplianceChart.Y(95m), chart.TargetY);
    }

    [Fact]
    public void Figures_outside_zero_to_a_hundred_stay_inside_the_drawing()
    {
        Assert.Equal(ComplianceChart.Top, ComplianceChart.Y(130m));
        Assert.Equal(ComplianceChart.Bottom, ComplianceChart.Y(-5m));
    }

    [Theory]
    [InlineData("2026-10-31T16:00:00Z", "2026-11-30T16:00:00Z", "Nov 2026")]
    [InlineData("2026-09-30T16:00:00Z", "2026-12-31T16:00:00Z", "Q4 2026")]
    [InlineData("2025-12-31T16:00:00Z", "2026-12-31T16:00:00Z", "2026")]
    [InlineData("2026-11-27T09:00:00Z", "2026-11-27T09:00:08Z", "27 Nov 17:00:00")]
    public void Periods_are_named_in_the_agreement_s_zone_by_their_length(string start, string end, string label)
    {
        Assert.Equal(label, CompliancePeriods.Label(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(end, System.Globalization.CultureInfo.InvariantCulture), s_shanghai));
    }
}
