namespace Platform.Deployment.Tests.Observability;

/// <summary>
/// The metrics the dashboards and alerts may use, with their labels, as Prometheus scrapes them. The
/// <c>platform_*</c> entries MUST match what the services export (meters in services/, named by the OpenTelemetry
/// Prometheus exporter: dots to underscores, unit suffix, <c>_total</c> on counters); a test of the services checks
/// that they do. Change a metric there and here together, then the dashboards and alerts that use it.
/// </summary>
internal static class MetricCatalogue
{
    /// <summary>Labels Prometheus adds to every scraped series (job is the compose service name).</summary>
    public static readonly IReadOnlySet<string> TargetLabels = new HashSet<string>(StringComparer.Ordinal) { "job", "instance" };

    /// <summary>The bucket bound of a histogram's <c>_bucket</c> series.</summary>
    public const string BucketLabel = "le";

    private static readonly string[] s_rpcLabels = ["rpc_service", "rpc_method", "rpc_grpc_status_code"];

    /// <summary>What the platform's services export.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Platform = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // Complaints
        ["platform_complaints_filed_total"] = ["complaint_severity"],
        ["platform_clocks"] = ["clock_clause", "clock_kind", "clock_state"],
        ["platform_clocks_missed_total"] = ["clock_clause", "clock_kind"],
        // Agreements
        ["platform_breaches_determined_total"] = ["breach_clause", "breach_severity"],
        // Disputes
        ["platform_disputes_open"] = ["dispute_stage"],
        // Every service: reliable messaging, deadlines, readiness, gRPC server calls
        ["platform_outbox_backlog"] = [],
        ["platform_outbox_oldest_age_seconds"] = [],
        ["platform_outbox_published_total"] = [],
        ["platform_outbox_publish_failures_total"] = [],
        ["platform_outbox_lag_seconds_bucket"] = [],
        ["platform_outbox_lag_seconds_sum"] = [],
        ["platform_outbox_lag_seconds_count"] = [],
        ["platform_inbox_duplicates_total"] = [],
        ["platform_deadlines_fired_total"] = [],
        ["platform_deadlines_delay_seconds_bucket"] = [],
        ["platform_deadlines_delay_seconds_sum"] = [],
        ["platform_deadlines_delay_seconds_count"] = [],
        ["platform_service_ready"] = [],
        ["platform_rpc_server_duration_seconds_bucket"] = s_rpcLabels,
        ["platform_rpc_server_duration_seconds_sum"] = s_rpcLabels,
        ["platform_rpc_server_duration_seconds_count"] = s_rpcLabels,
    };

    /// <summary>
    /// Other series the dashboards and alerts use: Prometheus' own, RabbitMQ's rabbitmq_prometheus plugin
    /// (per-queue series from /metrics/detailed) and the .NET System.Runtime meter.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Others = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["up"] = [],
        ["rabbitmq_detailed_queue_messages"] = ["vhost", "queue"],
        ["dotnet_process_cpu_time_seconds_total"] = ["cpu_mode"],
        ["dotnet_process_memory_working_set_bytes"] = [],
    };

    public static bool IsPlatformMetric(string name) => name.StartsWith("platform_", StringComparison.Ordinal);

    /// <summary>The labels a series of this metric can carry, or null when the metric is not catalogued.</summary>
    public static IReadOnlySet<string>? LabelsOf(string metric)
    {
        if (!Platform.TryGetValue(metric, out var labels) && !Others.TryGetValue(metric, out labels))
        {
            return null;
        }

        var all = new HashSet<string>(labels, StringComparer.Ordinal);
        all.UnionWith(TargetLabels);
        if (metric.EndsWith("_bucket", StringComparison.Ordinal))
        {
            all.Add(BucketLabel);
        }

        return all;
    }
}
