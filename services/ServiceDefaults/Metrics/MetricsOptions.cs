namespace Platform.ServiceDefaults.Metrics;

/// <summary>Settings of the sampled gauges (configuration section <c>Metrics</c>).</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// How often the gauges read from the database (clocks, disputes, outbox backlog) are refreshed. Each read is
    /// one aggregate query per source; the clocks' reads every open complaint, so do not go much below a scrape
    /// interval.
    /// </summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);
}
