using System.Diagnostics.Metrics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;
using Platform.IntegrationTests.Services.Complaints;
using Platform.ServiceDefaults.Metrics;

namespace Platform.IntegrationTests.Services;

/// <summary>
/// What Prometheus scrapes from the services (<c>/metrics</c>) after real work, and that the dashboards and alert
/// rules under deploy/observability ask only for metrics a service publishes.
/// </summary>
public sealed partial class MetricsTests(FourServices platform) : IClassFixture<FourServices>
{
    private static readonly string[] s_services = ["agreements", "complaints", "assurance", "disputes"];

    [Fact]
    public async Task A_filed_major_complaint_shows_as_filed_with_its_clocks_running_and_its_call_counted()
    {
        var agreementId = await platform.ActiveAgreementAsync();
        using var channel = platform.Channel("complaints", TestIdentity.Everything);
        var complaints = new ComplaintsService.ComplaintsServiceClient(channel);
        await complaints.FileComplaintAsync(ComplaintRequests.File(Guid.Parse(agreementId), ComplaintSeverity.Major));
        await SampleGaugesAsync();

        var scraped = await ScrapeUntilAsync("complaints", s => s.Value("platform_complaints_filed_total", ("complaint_severity", "Major")) >= 1);
        Assert.True(scraped.Value("platform_complaints_filed_total", ("complaint_severity", "Major")) >= 1, scraped.Describe("platform_complaints_filed"));
        Assert.True(
            scraped.Value("platform_clocks", ("clock_clause", "4.2.2"), ("clock_kind", "major_resolution"), ("clock_state", "running")) >= 1,
            scraped.Describe("platform_clocks"));
        Assert.True(
            scraped.Value("platform_clocks", ("clock_clause", "2.3.1"), ("clock_kind", "first_response"), ("clock_state", "running")) >= 1,
            scraped.Describe("platform_clocks"));
        Assert.True(
            scraped.Value(
                "platform_rpc_server_duration_seconds_count",
                ("rpc_service", "platform.complaints.v1.ComplaintsService"), ("rpc_method", "FileComplaint"), ("rpc_grpc_status_code", "0")) >= 1,
            scraped.Describe("platform_rpc_server_duration_seconds_count"));
    }

    [Fact]
    public async Task A_refused_call_is_counted_with_its_status_code()
    {
        using var channel = platform.Channel("complaints", TestIdentity.Everything);
        var complaints = new ComplaintsService.ComplaintsServiceClient(channel);
        await Assert.ThrowsAsync<Grpc.Core.RpcException>(async () => await complaints.GetComplaintAsync(new GetComplaintRequest { ComplaintId = "not-a-uuid" }));

        (string, string)[] refused = [("rpc_method", "GetComplaint"), ("rpc_grpc_status_code", ((int)Grpc.Core.StatusCode.InvalidArgument).ToString(CultureInfo.InvariantCulture))];
        var scraped = await ScrapeUntilAsync("complaints", s => s.Value("platform_rpc_server_duration_seconds_count", refused) >= 1);
        Assert.True(scraped.Value("platform_rpc_server_duration_seconds_count", refused) >= 1, scraped.Describe("platform_rpc_server_duration_seconds_count"));
    }

    [Fact]
    public async Task Every_service_reports_itself_ready_and_its_outbox_backlog()
    {
        await SampleGaugesAsync();
        foreach (var service in s_services)
        {
            // The readiness gauge follows the health reports, published every 5 s after a 5 s delay.
            await Eventually.AssertAsync(async () => (await ScrapeAsync(service)).Value("platform_service_ready") == 1, TimeSpan.FromSeconds(30), $"{service} reports platform_service_ready 1");
            var scraped = await ScrapeAsync(service);
            Assert.NotNull(scraped.Value("platform_outbox_backlog"));
            Assert.NotNull(scraped.Value("platform_outbox_oldest_age_seconds"));
        }

        var disputes = await ScrapeAsync("disputes");
        foreach (var stage in new[] { "Negotiation", "Arbitration", "Litigation" })
        {
            Assert.True(disputes.Value("platform_disputes_open", ("dispute_stage", stage)) is not null, disputes.Describe("platform_disputes_open"));
        }
    }

    /// <summary>
    /// Every <c>platform_*</c> name in a dashboard, an alert rule or its unit tests is one a service publishes, as
    /// Prometheus names it. Counters show in a scrape only once counted (failures, duplicates), so the names come
    /// from the instruments the services create, named by the exporter's rules; the test above checks those
    /// rules against real scrapes.
    /// </summary>
    [Fact]
    public void Every_platform_metric_the_dashboards_and_alerts_ask_for_is_published()
    {
        var published = PublishedPrometheusNames();
        var asked = ObservabilityFiles()
            .SelectMany(file => PlatformMetricName().Matches(File.ReadAllText(file)).Select(m => (File: file, Name: m.Value)))
            .Select(x => (x.File, Name: HistogramSeries().Replace(x.Name, string.Empty)))
            .ToList();

        Assert.NotEmpty(asked);
        var unknown = asked.Where(x => !published.Contains(x.Name)).Select(x => $"{x.Name} ({Path.GetFileName(x.File)})").Distinct().ToList();
        Assert.True(unknown.Count == 0, $"Not published by any service: {string.Join(", ", unknown)}. Published: {string.Join(", ", published.Order())}");
    }

    private async Task SampleGaugesAsync()
    {
        foreach (var service in s_services)
        {
            await platform.Services(service).GetRequiredService<GaugeSampler>().SampleAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Scrapes until <paramref name="shows"/> holds (or 10 s pass, then returns the last scrape for the assertion to
    /// describe): the exporter answers from a cache for 300 ms, so a scrape right after another may not show a change.
    /// </summary>
    private async Task<PrometheusText> ScrapeUntilAsync(string service, Func<PrometheusText, bool> shows)
    {
        var scraped = await ScrapeAsync(service);
        for (var tries = 0; tries < 50 && !shows(scraped); tries++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            scraped = await ScrapeAsync(service);
        }

        return scraped;
    }

    private async Task<PrometheusText> ScrapeAsync(string service)
    {
        using var http = platform.Http(service);
        return new PrometheusText(await http.GetStringAsync(new Uri("/metrics", UriKind.Relative)));
    }

    /// <summary>
    /// The Prometheus names of every instrument on the platform's meters: dots to underscores, "_seconds" for a
    /// unit of s, "_total" for counters (the OpenTelemetry Prometheus exporter's rules).
    /// </summary>
    private static HashSet<string> PublishedPrometheusNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name.StartsWith("Platform.", StringComparison.Ordinal))
                {
                    var name = instrument.Name.Replace('.', '_') + (instrument.Unit == "s" ? "_seconds" : string.Empty);
                    names.Add(instrument is Counter<long> or Counter<int> or Counter<double> or ObservableCounter<long> ? name + "_total" : name);
                }
            },
        };

        // Meters held in static fields (each context's counters) publish their instruments when their class is first used.
        foreach (var type in AppDomain.CurrentDomain.GetAssemblies()
                     .Where(a => a.GetName().Name?.StartsWith("Platform.", StringComparison.Ordinal) == true)
                     .SelectMany(a => a.GetTypes())
                     .Where(t => t.GetFields(System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public).Any(f => f.FieldType == typeof(Meter))))
        {
            RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        }

        listener.Start();
        return names;
    }

    private static IEnumerable<string> ObservabilityFiles()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Platform.sln")))
        {
            root = root.Parent;
        }

        var folder = Path.Combine(root?.FullName ?? throw new InvalidOperationException("No Platform.sln above the test binaries."), "deploy", "observability");
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\bplatform_[a-z0-9_]+")]
    private static partial Regex PlatformMetricName();

    [GeneratedRegex("_(bucket|sum|count)$")]
    private static partial Regex HistogramSeries();

    /// <summary>A scrape in the Prometheus text format: series by name and labels.</summary>
    private sealed partial class PrometheusText(string text)
    {
        private readonly List<(string Name, Dictionary<string, string> Labels, double Value)> _series = [.. Parse(text)];

        /// <summary>The sum of the series named <paramref name="name"/> that carry all <paramref name="labels"/>; null when none.</summary>
        public double? Value(string name, params (string Key, string Value)[] labels)
        {
            var matching = _series.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).ToList();
            return matching.Count == 0 ? null : matching.Sum(s => s.Value);
        }

        public string Describe(string prefix) =>
            $"series starting {prefix}: " + string.Join("; ", _series.Where(s => s.Name.StartsWith(prefix, StringComparison.Ordinal))
                .Select(s => $"{s.Name}{{{string.Join(",", s.Labels.Select(l => $"{l.Key}={l.Value}"))}}} {s.Value}"));

        private static IEnumerable<(string, Dictionary<string, string>, double)> Parse(string text)
        {
            foreach (var line in text.Split('\n'))
            {
                var match = SeriesLine().Match(line);
                if (match.Success)
                {
                    var labels = LabelPair().Matches(match.Groups["labels"].Value).ToDictionary(l => l.Groups["key"].Value, l => l.Groups["value"].Value);
                    yield return (match.Groups["name"].Value, labels, double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture));
                }
            }
        }

        [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>[-+0-9.eE]+|NaN|[+-]Inf)(\s+\d+)?$")]
        private static partial Regex SeriesLine();

        [GeneratedRegex("(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=\"(?<value>(\\\\.|[^\"\\\\])*)\"")]
        private static partial Regex LabelPair();
    }
}
