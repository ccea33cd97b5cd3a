using System.Diagnostics.Metrics;
using Platform.ServiceDefaults;

namespace Platform.Complaints.Intake;

/// <summary>How well concurrent filings share their commits, on the platform's domain meter.</summary>
internal static class IntakeMetrics
{
    private static readonly Meter s_meter = new(PlatformMetrics.MeterName);

    /// <summary>Complaints committed together by one batch of the intake.</summary>
    public static readonly Histogram<int> BatchSize =
        s_meter.CreateHistogram<int>("platform.complaints.intake.batch_size", "{complaint}", "Complaints committed together in one intake batch");
}
