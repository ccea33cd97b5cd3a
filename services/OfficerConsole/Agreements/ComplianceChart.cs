using System.Globalization;

namespace Platform.OfficerConsole.Agreements;

/// <summary>One bar of the chart: a figure of a period, and where it sits in the drawing.</summary>
internal sealed record ChartBar(string Series, string Period, decimal? Value, double X, double Y, double Height)
{
    public string Text => Value is { } value ? $"{value.ToString("0.##", CultureInfo.InvariantCulture)}%" : "no data";
}

/// <summary>
/// The geometry of the compliance chart: per period, a bar for the resolution rate and one for response-time attainment,
/// on a 0–100 % scale, with the resolution-rate target as a line. Worked out here so the page only draws it.
/// </summary>
internal sealed class ComplianceChart
{
    public const double Width = 640;
    public const double Height = 240;
    public const double Left = 40;
    public const double Bottom = 200;
    public const double Top = 16;
    public const double BarWidth = 22;

    public ComplianceChart(IReadOnlyList<(string Label, decimal? ResolutionRate, decimal? Attainment)> periods, decimal? resolutionTarget)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var slot = (Width - Left) / Math.Max(periods.Count, 1);
        var bars = new List<ChartBar>();
        var labels = new List<(string Text, double X)>();
        for (var i = 0; i < periods.Count; i++)
        {
            var (label, rate, attainment) = periods[i];
            var middle = Left + (slot * i) + (slot / 2);
            bars.Add(Bar("Resolution rate", label, rate, middle - BarWidth - 1));
            bars.Add(Bar("Response-time attainment", label, attainment, middle + 1));
            labels.Add((label, middle));
        }

        Bars = bars;
        Labels = labels;
        TargetY = resolutionTarget is { } target ? Y(target) : null;
        Target = resolutionTarget;
    }

    public IReadOnlyList<ChartBar> Bars { get; }

    public IReadOnlyList<(string Text, double X)> Labels { get; }

    /// <summary>The resolution-rate target, drawn as a line at <see cref="TargetY"/>.</summary>
    public decimal? Target { get; }

    public double? TargetY { get; }

    /// <summary>Where <paramref name="percent"/> sits on the vertical scale.</summary>
    public static double Y(decimal percent) => Bottom - ((double)Math.Clamp(percent, 0m, 100m) / 100 * (Bottom - Top));

    /// <summary>A number for an SVG attribute.</summary>
    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static ChartBar Bar(string series, string period, decimal? value, double x)
    {
        var y = value is { } v ? Y(v) : Bottom;
        return new ChartBar(series, period, value, x, y, Bottom - y);
    }
}
