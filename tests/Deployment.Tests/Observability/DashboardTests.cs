using System.Text.Json.Nodes;

namespace Platform.Deployment.Tests.Observability;

/// <summary>The Grafana dashboards: well-formed, on the provisioned datasource, valid PromQL over exported metrics.</summary>
public sealed class DashboardTests
{
    [Fact]
    public void Dashboards_parse_with_unique_uids_and_titles()
    {
        var files = Dashboards.Files().ToList();
        var dashboards = files.Select(Dashboards.Load).ToList();

        Assert.Superset(Dashboards.Required.ToHashSet(), files.ToHashSet());
        Assert.All(dashboards, d => Assert.False(string.IsNullOrWhiteSpace(d["uid"]?.GetValue<string>())));
        Assert.All(dashboards, d => Assert.False(string.IsNullOrWhiteSpace(d["title"]?.GetValue<string>())));
        Assert.Distinct(dashboards.Select(d => d["uid"]?.GetValue<string>()));
        Assert.Distinct(dashboards.Select(d => d["title"]?.GetValue<string>()));
    }

    [Fact]
    public void Every_panel_queries_the_provisioned_prometheus_datasource()
    {
        var uid = ProvisionedPrometheusUid();
        var problems = new List<string>();
        foreach (var file in Dashboards.Files())
        {
            var dashboard = Dashboards.Load(file);
            foreach (var panel in Dashboards.Panels(dashboard))
            {
                var where = $"{file} panel \"{panel["title"]}\"";
                var targets = panel["targets"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
                if (targets.Count == 0)
                {
                    problems.Add($"{where}: no target");
                }

                foreach (var datasource in targets.Select(t => t["datasource"]).Prepend(panel["datasource"]))
                {
                    if (datasource?["uid"]?.GetValue<string>() != uid)
                    {
                        problems.Add($"{where}: datasource {datasource?.ToJsonString() ?? "(none)"} is not the provisioned uid {uid}");
                    }
                }

                if (targets.Any(t => string.IsNullOrWhiteSpace(t["expr"]?.GetValue<string>())))
                {
                    problems.Add($"{where}: a target without a PromQL expression");
                }
            }

            foreach (var variable in dashboard["templating"]?["list"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                if (variable["type"]?.GetValue<string>() == "query" && variable["datasource"]?["uid"]?.GetValue<string>() != uid)
                {
                    problems.Add($"{file} variable {variable["name"]}: datasource is not the provisioned uid {uid}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_dashboard_query_is_valid_promql()
    {
        var queries = Dashboards.Files().SelectMany(Dashboards.Queries).ToList();

        Assert.NotEmpty(queries);
        PromQl.CheckWithPromtool(queries);
    }

    [Fact]
    public void Every_variable_a_query_uses_is_defined()
    {
        // Substitution replaces Grafana's interval variables and the dashboard's own; any $ left is undefined
        // (promtool cannot see one inside a label matcher's string).
        var undefined = Dashboards.Files()
            .SelectMany(Dashboards.Queries)
            .Where(q => q.Expression.Contains('$', StringComparison.Ordinal))
            .Select(q => $"{q.Name}: {q.Expression}")
            .ToList();

        Assert.Empty(undefined);
    }

    [Fact]
    public void Dashboards_use_only_catalogued_metrics_and_their_labels()
    {
        var problems = Dashboards.Files()
            .SelectMany(Dashboards.Queries)
            .SelectMany(q => PromQl.CatalogueProblems(q.Name, q.Expression))
            .ToList();

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("sla.json", new[]
    {
        "platform_complaints_filed_total", "platform_clocks", "platform_clocks_missed_total",
        "platform_breaches_determined_total", "platform_disputes_open",
    })]
    [InlineData("platform-health.json", new[]
    {
        "up", "platform_service_ready", "platform_rpc_server_duration_seconds_count", "platform_rpc_server_duration_seconds_bucket",
        "platform_outbox_backlog", "platform_outbox_oldest_age_seconds", "platform_outbox_lag_seconds_bucket",
        "platform_outbox_publish_failures_total", "platform_inbox_duplicates_total", "platform_deadlines_delay_seconds_bucket",
        "platform_deadlines_fired_total", "rabbitmq_detailed_queue_messages",
    })]
    public void Dashboard_shows_what_its_audience_watches(string file, string[] metrics)
    {
        var used = Dashboards.Queries(file).SelectMany(q => PromQl.Metrics(q.Expression)).ToHashSet(StringComparer.Ordinal);
        var missing = metrics.Except(used, StringComparer.Ordinal).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Dashboard_provider_loads_the_folder_compose_mounts()
    {
        var mounted = Compose.BindMounts("grafana").ToList();
        var dashboardsMount = mounted.SingleOrDefault(m => Normalize(m.Source) == Dashboards.Folder);
        var provisioningMount = mounted.SingleOrDefault(m => Normalize(m.Source) == "deploy/observability/grafana/provisioning");
        var paths = ProvisioningFiles(Dashboards.ProvidersFolder)
            .SelectMany(f => Yaml.Load(f).At("providers").List())
            .Select(p => p.At("options").At("path").Text())
            .ToList();

        Assert.Equal("/etc/grafana/provisioning", provisioningMount.Target);
        Assert.NotNull(dashboardsMount.Target);
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.Equal(dashboardsMount.Target, p));
    }

    [Fact]
    public void Datasources_point_at_compose_services()
    {
        var datasources = ProvisioningFiles(Dashboards.DatasourcesFolder).SelectMany(f => Yaml.Load(f).At("datasources").List()).ToList();

        Assert.NotEmpty(datasources);
        Assert.Empty(datasources.Select(d => d.At("url").Text() ?? "(no url)").Select(Compose.Unreachable).OfType<string>());
        Assert.Distinct(datasources.Select(d => d.At("uid").Text()));
    }

    private static string ProvisionedPrometheusUid() =>
        ProvisioningFiles(Dashboards.DatasourcesFolder)
            .SelectMany(f => Yaml.Load(f).At("datasources").List())
            .Where(d => d.At("type").Text() == "prometheus")
            .Select(d => d.At("uid").Text())
            .Single() ?? throw new Xunit.Sdk.XunitException("The Prometheus datasource has no uid.");

    private static IEnumerable<string> ProvisioningFiles(string folder) =>
        Directory.EnumerateFiles(Repository.PathOf(folder), "*.yaml")
            .Concat(Directory.EnumerateFiles(Repository.PathOf(folder), "*.yml"))
            .Select(f => Path.GetRelativePath(Repository.Root, f));

    private static string Normalize(string source) => source.StartsWith("./", StringComparison.Ordinal) ? source[2..] : source;
}
