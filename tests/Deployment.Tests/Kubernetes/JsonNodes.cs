using System.Globalization;
using System.Text.Json.Nodes;

namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>Reading rendered manifests, whose scalars are all kept as the text YAML gave them.</summary>
internal static class JsonNodes
{
    public static string? Text(this JsonNode? node) => node is JsonValue value ? value.GetValue<string>() : null;

    public static int? Number(this JsonNode? node) =>
        int.TryParse(node.Text(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static bool? Flag(this JsonNode? node) => node.Text() switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    public static IEnumerable<JsonObject> Items(this JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonObject>() : [];

    public static IReadOnlyList<string> Texts(this JsonNode? node) =>
        node is JsonArray array ? array.Select(Text).OfType<string>().ToList() : [];

    public static IReadOnlyDictionary<string, string> Map(this JsonNode? node) =>
        node is JsonObject map
            ? map.ToDictionary(p => p.Key, p => p.Value.Text() ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
}
