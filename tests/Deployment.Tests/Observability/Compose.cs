using System.Globalization;

namespace Platform.Deployment.Tests.Observability;

/// <summary>docker-compose.yml as Compose reads it (merge keys resolved), and the facts the checks need.</summary>
internal static class Compose
{
    public const string Path = "docker-compose.yml";
    public const string ObservabilityProfile = "observability";

    /// <summary>The observability profile's services.</summary>
    public static readonly string[] ObservabilityServices = ["otel-collector", "jaeger", "prometheus", "grafana"];

    /// <summary>The platform's services: compose name, assembly context, HTTP port (/healthz, /readyz, /metrics).</summary>
    public static readonly (string Name, string Context, int HttpPort)[] PlatformServices =
    [
        ("agreements", "Agreements", 5201),
        ("complaints", "Complaints", 5202),
        ("assurance", "Assurance", 5203),
        ("disputes", "Disputes", 5204),
    ];

    /// <summary>The officer console: compose name, assembly context, its one (HTTP) port. No database, no /metrics.</summary>
    public static readonly (string Name, string Context, int HttpPort) Console = ("console", "OfficerConsole", 5300);

    private static readonly Lazy<Dictionary<string, object?>> s_document = new(() => Yaml.Load(Path));

    private static readonly Lazy<Dictionary<string, object?>> s_services = new(() => s_document.Value.At("services").Map());

    public static Dictionary<string, object?> Services => s_services.Value;

    /// <summary>The named volumes the file declares (top-level <c>volumes</c>).</summary>
    public static IReadOnlyCollection<string> NamedVolumes => s_document.Value.At("volumes").Map().Keys;

    public static Dictionary<string, object?> Service(string name) =>
        Services.TryGetValue(name, out var service) ? service.Map() : throw new Xunit.Sdk.XunitException($"{Path} has no service {name}.");

    public static string? Environment(string service, string name) => Service(service).At("environment").At(name).Text();

    /// <summary>Ports a service's container listens on, as far as compose says: <c>expose</c> and the container side of <c>ports</c>.</summary>
    public static ISet<int> ContainerPorts(string service)
    {
        var definition = Service(service);
        var ports = new HashSet<int>();
        foreach (var exposed in definition.At("expose").Strings())
        {
            ports.Add(int.Parse(exposed.Split('/')[0], CultureInfo.InvariantCulture));
        }

        foreach (var published in definition.At("ports").Strings())
        {
            ports.Add(int.Parse(published.Split('/')[0].Split(':')[^1], CultureInfo.InvariantCulture));
        }

        return ports;
    }

    /// <summary>A service's bind mounts of repository files: (source relative to the repository, target in the container).</summary>
    public static IEnumerable<(string Source, string Target)> BindMounts(string service)
    {
        foreach (var volume in Service(service).At("volumes").Strings())
        {
            var parts = volume.Split(':');
            if (parts[0].StartsWith('.'))
            {
                yield return (parts[0], parts[1]);
            }
        }
    }

    /// <summary>A service's mounts of named volumes: (volume, target in the container, read-only).</summary>
    public static IEnumerable<(string Volume, string Target, bool ReadOnly)> VolumeMounts(string service)
    {
        foreach (var volume in Service(service).At("volumes").Strings())
        {
            var parts = volume.Split(':');
            if (parts.Length >= 2 && NamedVolumes.Contains(parts[0]))
            {
                yield return (parts[0], parts[1], parts.Length > 2 && parts[2].Split(',').Contains("ro"));
            }
        }
    }

    /// <summary>Splits "host:port", "scheme://host:port[/path]" into host and port.</summary>
    public static (string Host, int Port) HostAndPort(string endpoint)
    {
        var authority = endpoint.Contains("://", StringComparison.Ordinal) ? new Uri(endpoint).Authority : endpoint.Split('/')[0];
        var colon = authority.LastIndexOf(':');
        return colon < 0
            ? throw new Xunit.Sdk.XunitException($"Endpoint '{endpoint}' names no port.")
            : (authority[..colon], int.Parse(authority[(colon + 1)..], CultureInfo.InvariantCulture));
    }

    /// <summary>Why an endpoint does not reach a compose service on a port it listens on, or null when it does.</summary>
    public static string? Unreachable(string endpoint)
    {
        var (host, port) = HostAndPort(endpoint);
        if (!Services.ContainsKey(host))
        {
            return $"'{endpoint}': {host} is not a service in {Path}";
        }

        return ContainerPorts(host).Contains(port) ? null : $"'{endpoint}': {host} neither exposes nor publishes port {port}";
    }
}
