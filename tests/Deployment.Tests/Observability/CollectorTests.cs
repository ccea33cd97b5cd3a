namespace Platform.Deployment.Tests.Observability;

/// <summary>The OpenTelemetry Collector's configuration: coherent pipelines, endpoints that exist in compose.</summary>
public sealed class CollectorTests
{
    private const string Config = "deploy/observability/otel-collector.yaml";
    private static readonly string[] s_kinds = ["receivers", "processors", "exporters"];

    [Fact]
    public void Every_component_a_pipeline_names_is_defined()
    {
        var config = Yaml.Load(Config);
        var pipelines = config.At("service").At("pipelines").Map();
        var problems = new List<string>();
        foreach (var (pipeline, definition) in pipelines)
        {
            foreach (var kind in s_kinds)
            {
                problems.AddRange(definition.At(kind).Strings()
                    .Where(name => !config.At(kind).Map().ContainsKey(name))
                    .Select(name => $"pipeline {pipeline}: {kind[..^1]} {name} is not defined under {kind}"));
            }

            if (!definition.At("receivers").Strings().Any() || !definition.At("exporters").Strings().Any())
            {
                problems.Add($"pipeline {pipeline}: needs a receiver and an exporter");
            }
        }

        Assert.NotEmpty(pipelines);
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_defined_component_is_used_by_a_pipeline()
    {
        var config = Yaml.Load(Config);
        var pipelines = config.At("service").At("pipelines").Map().Values.ToList();
        var unused = s_kinds
            .SelectMany(kind => config.At(kind).Map().Keys
                .Where(name => !pipelines.Any(p => p.At(kind).Strings().Contains(name)))
                .Select(name => $"{kind[..^1]} {name}"))
            .ToList();

        Assert.Empty(unused);
    }

    [Fact]
    public void Traces_go_to_jaeger()
    {
        var config = Yaml.Load(Config);
        var exporters = config.At("service").At("pipelines").At("traces").At("exporters").Strings();

        Assert.Contains(exporters, e => Compose.HostAndPort(config.At("exporters").At(e).At("endpoint").Text() ?? "none:0").Host == "jaeger");
    }

    [Fact]
    public void Exporter_endpoints_are_compose_services_on_ports_they_expose()
    {
        var problems = Yaml.Load(Config).At("exporters").Map()
            .Where(e => e.Value.At("endpoint").Text() is not null)
            .Select(e => Compose.Unreachable(e.Value.At("endpoint").Text()!) is { } problem ? $"exporter {e.Key}: {problem}" : null)
            .OfType<string>()
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void Otlp_receiver_listens_on_ports_the_collector_container_exposes()
    {
        var protocols = Yaml.Load(Config).At("receivers").At("otlp").At("protocols").Map();
        var exposed = Compose.ContainerPorts("otel-collector");

        Assert.NotEmpty(protocols);
        Assert.All(protocols, p => Assert.Contains(Compose.HostAndPort(p.Value.At("endpoint").Text() ?? "none:0").Port, exposed));
        Assert.All(protocols, p => Assert.StartsWith("0.0.0.0:", p.Value.At("endpoint").Text(), StringComparison.Ordinal));
    }

    [Fact]
    public void Services_export_otlp_to_the_collector_grpc_receiver()
    {
        var grpc = Compose.HostAndPort(Yaml.Load(Config).At("receivers").At("otlp").At("protocols").At("grpc").At("endpoint").Text() ?? "none:0").Port;

        Assert.All(Compose.PlatformServices, s =>
            Assert.Equal($"http://otel-collector:{grpc}", Compose.Environment(s.Name, "OTEL_EXPORTER_OTLP_ENDPOINT")));
    }
}
