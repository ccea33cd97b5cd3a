using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Platform.Deployment.Tests.Observability;

/// <summary>The provisioned Grafana dashboards (deploy/observability/grafana/dashboards/*.json) and their queries.</summary>
internal static partial class Dashboards
{
    public const string Folder = "deploy/observability/grafana/dashboards";
    public const string DatasourcesFolder = "deploy/observability/grafana/provisioning/datasources";
    public const string ProvidersFolder = "deploy/observability/grafana/provisioning/dashboards";

    /// <summary>The dashboards the issue asks for; any other file in the folder is checked the same way.</summary>
    public static readonly string[] Required = ["sla.json", "platform-health.json"];

    // Grafana's built-in interval variables, as literals promtool accepts.
    private static readonly Dictionary<string, string> s_builtIns = new(StringComparer.Ordinal)
    {
        ["__rate_interval"] = "5m",
        ["__interval"] = "1m",
        ["__range"] = "6h",
        ["__interval_ms"] = "60000",
        ["__range_s"] = "21600",
        ["__range_ms"] = "21600000",
    };

    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Repository.PathOf(Folder), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static JsonObject Load(string file) =>
        JsonNode.Parse(Repository.Read($"{Folder}/{file}"))?.AsObject() ?? throw new InvalidDataException($"{file} is not a JSON object.");

    /// <summary>Every panel, including those inside rows; rows themselves are not panels that query.</summary>
    public static IEnumerable<JsonObject> Panels(JsonObject dashboard)
    {
        foreach (var panel in dashboard["panels"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            if (panel["type"]?.GetValue<string>() == "row")
            {
                foreach (var inner in panel["panels"]?.AsArray().OfType<JsonObject>() ?? [])
                {
                    yield return inner;
                }
            }
            else
            {
                yield return panel;
            }
        }
    }

    /// <summary>Every query of a dashboard, named by file and panel, with Grafana's variables replaced by literals.</summary>
    public static IEnumerable<(string Name, string Expression)> Queries(string file)
    {
        var dashboard = Load(file);
        var variables = (dashboard["templating"]?["list"]?.AsArray().OfType<JsonObject>() ?? [])
            .Select(v => v["name"]?.GetValue<string>())
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var panel in Panels(dashboard))
        {
            foreach (var target in panel["targets"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                if (target["expr"]?.GetValue<string>() is { } expression)
                {
                    yield return ($"{file} \"{panel["title"]}\" {target["refId"]}", Substitute(expression, variables));
                }
            }
        }
    }

    /// <summary>
    /// <c>$__rate_interval</c> and the like become durations, the dashboard's own variables a plain value; an unknown
    /// variable is left as it is, so promtool rejects it.
    /// </summary>
    public static string Substitute(string expression, IReadOnlySet<string> variables) =>
        Variable().Replace(expression, match =>
        {
            var name = match.Groups["braced"].Success ? match.Groups["braced"].Value
                : match.Groups["bracketed"].Success ? match.Groups["bracketed"].Value
                : match.Groups["plain"].Value;
            return s_builtIns.TryGetValue(name, out var literal) ? literal
                : variables.Contains(name) ? "variable"
                : match.Value;
        });

    [GeneratedRegex(@"\$\{(?<braced>\w+)(:\w+)?\}|\[\[(?<bracketed>\w+)\]\]|\$(?<plain>\w+)")]
    private static partial Regex Variable();
}
