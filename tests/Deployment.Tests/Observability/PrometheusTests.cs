namespace Platform.Deployment.Tests.Observability;

/// <summary>Prometheus' configuration and alert rules: valid for promtool, unit-tested, and about the real services.</summary>
public sealed class PrometheusTests
{
    private const string Config = "deploy/observability/prometheus/prometheus.yml";
    private const string Alerts = "deploy/observability/prometheus/alerts.yml";
    private const string AlertTests = "deploy/observability/prometheus/alerts.test.yml";

    [Fact]
    public void Prometheus_config_passes_promtool_check_config()
    {
        // promtool resolves rule_files relative to the config file and checks them too.
        var output = Repository.RunTool("promtool", "check", "config", Repository.PathOf(Config));

        Assert.Contains("rule files found", output, StringComparison.Ordinal);
        Assert.Contains(Yaml.Load(Config).At("rule_files").Strings(), f => f == "alerts.yml");
    }

    [Fact]
    public void Alert_rules_pass_promtool_check_rules() =>
        Repository.RunTool("promtool", "check", "rules", Repository.PathOf(Alerts));

    [Fact]
    public void Alert_unit_tests_pass_promtool_test_rules() =>
        Repository.RunTool("promtool", "test", "rules", Repository.PathOf(AlertTests));

    [Fact]
    public void Every_alert_has_a_unit_test_that_fires_it_and_one_that_keeps_it_quiet()
    {
        var cases = Yaml.Load(AlertTests).At("tests").List()
            .SelectMany(test => test.At("alert_rule_test").List())
            .Select(c => (Alert: c.At("alertname").Text(), Fires: c.At("exp_alerts").List().Count > 0))
            .ToList();
        var problems = new List<string>();
        foreach (var alert in AlertRules().Select(r => r.At("alert").Text()))
        {
            if (!cases.Contains((alert, true)))
            {
                problems.Add($"{alert}: no case in {AlertTests} expects it to fire");
            }

            if (!cases.Contains((alert, false)))
            {
                problems.Add($"{alert}: no case in {AlertTests} expects it to stay quiet");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_alert_has_for_severity_summary_description_and_runbook_anchor()
    {
        var problems = new List<string>();
        foreach (var rule in AlertRules())
        {
            var alert = rule.At("alert").Text();
            if (string.IsNullOrEmpty(rule.At("for").Text()))
            {
                problems.Add($"{alert}: no `for`, so one bad scrape pages someone");
            }

            if (rule.At("labels").At("severity").Text() is not ("critical" or "warning"))
            {
                problems.Add($"{alert}: severity label is not critical or warning");
            }

            foreach (var annotation in new[] { "summary", "description" })
            {
                if (string.IsNullOrWhiteSpace(rule.At("annotations").At(annotation).Text()))
                {
                    problems.Add($"{alert}: no {annotation} annotation");
                }
            }

            var runbook = $"deploy/RUNBOOK.md#alert-{alert?.ToLowerInvariant()}";
            if (rule.At("annotations").At("runbook_url").Text() != runbook)
            {
                problems.Add($"{alert}: runbook_url is not {runbook}");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void The_alerts_the_issue_asks_for_exist() =>
        Assert.Equal(
            ["BreachRateSpike", "DeadlineLatenessHigh", "ErrorQueueNotEmpty", "OutboxBacklogOld", "ServiceDown", "ServiceNotReady"],
            AlertRules().Select(r => r.At("alert").Text()).Order(StringComparer.Ordinal));

    [Fact]
    public void Rules_use_only_catalogued_metrics_and_their_labels()
    {
        var problems = Yaml.Load(Alerts).At("groups").List()
            .SelectMany(group => group.At("rules").List())
            .SelectMany(rule => PromQl.CatalogueProblems(
                $"{Alerts} {rule.At("alert").Text() ?? rule.At("record").Text()}", rule.At("expr").Text() ?? string.Empty))
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void Each_service_is_scraped_as_its_compose_name_on_its_http_port()
    {
        var jobs = ScrapeJobs();
        var problems = new List<string>();
        foreach (var (service, _, httpPort) in Compose.PlatformServices)
        {
            if (!jobs.TryGetValue(service, out var job))
            {
                problems.Add($"{Config}: no scrape job {service}");
                continue;
            }

            var targets = job.At("static_configs").List().SelectMany(c => c.At("targets").Strings()).ToList();
            if (targets is not [var target] || target != $"{service}:{httpPort}")
            {
                problems.Add($"{Config}: job {service} scrapes [{string.Join(", ", targets)}], not {service}:{httpPort}");
            }

            if (Compose.Environment(service, "Ports__Http") != httpPort.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                problems.Add($"{Compose.Path}: {service} does not serve HTTP on {httpPort}");
            }

            if ((job.At("metrics_path").Text() ?? "/metrics") != "/metrics")
            {
                problems.Add($"{Config}: job {service} does not scrape /metrics");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_scrape_target_is_a_compose_service_port()
    {
        var problems = ScrapeJobs().Values
            .SelectMany(job => job.At("static_configs").List().SelectMany(c => c.At("targets").Strings()))
            .Select(Compose.Unreachable)
            .OfType<string>()
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void RabbitMq_per_queue_depths_are_scraped_from_the_platform_vhost()
    {
        var job = ScrapeJobs().Values.SingleOrDefault(j => j.At("metrics_path").Text() == "/metrics/detailed");

        Assert.NotNull(job);
        Assert.Equal(["platform"], job.At("params").At("vhost").Strings());
        Assert.Contains("queue_coarse_metrics", job.At("params").At("family").Strings());
        Assert.Equal(["rabbitmq:15692"], job.At("static_configs").List().SelectMany(c => c.At("targets").Strings()));
        Assert.Equal("platform", Compose.Environment("rabbitmq", "RABBITMQ_DEFAULT_VHOST"));
    }

    private static List<Dictionary<string, object?>> AlertRules() =>
        Yaml.Load(Alerts).At("groups").List()
            .SelectMany(group => group.At("rules").List())
            .Select(rule => rule.Map())
            .Where(rule => rule.ContainsKey("alert"))
            .ToList();

    private static Dictionary<string, Dictionary<string, object?>> ScrapeJobs() =>
        Yaml.Load(Config).At("scrape_configs").List()
            .Select(job => job.Map())
            .ToDictionary(job => job.At("job_name").Text() ?? string.Empty, StringComparer.Ordinal);
}
