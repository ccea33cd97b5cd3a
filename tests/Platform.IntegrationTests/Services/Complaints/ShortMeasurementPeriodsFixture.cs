using System.Globalization;

namespace Platform.IntegrationTests.Services.Complaints;

/// <summary>A Complaints host measuring resolution rates over periods of 5 s (from the Unix epoch), judging from 2 complaints.</summary>
public sealed class ShortMeasurementPeriodsFixture() : ComplaintsFixture(Settings)
{
    public const int MinimumSample = 2;

    public static readonly TimeSpan MeasurementPeriod = TimeSpan.FromSeconds(5);

    private static Dictionary<string, string?> Settings => new()
    {
        ["Complaints:MeasurementPeriodLength"] = MeasurementPeriod.ToString("c", CultureInfo.InvariantCulture),
        ["Complaints:MinimumSample"] = MinimumSample.ToString(CultureInfo.InvariantCulture),
    };
}
