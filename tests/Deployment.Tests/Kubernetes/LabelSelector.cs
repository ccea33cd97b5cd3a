using System.Text.Json.Nodes;

namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>A Kubernetes label selector (matchLabels and matchExpressions); an empty one selects everything.</summary>
internal static class LabelSelector
{
    public static bool Matches(JsonNode? selector, IReadOnlyDictionary<string, string> labels)
    {
        if (selector is null)
        {
            return true;
        }

        var matchLabels = selector["matchLabels"].Map();
        if (matchLabels.Any(l => !labels.TryGetValue(l.Key, out var value) || value != l.Value))
        {
            return false;
        }

        return selector["matchExpressions"].Items().All(e => ExpressionHolds(e, labels));
    }

    /// <summary>A Service's selector: a plain map of labels.</summary>
    public static bool MatchesMap(IReadOnlyDictionary<string, string> selector, IReadOnlyDictionary<string, string> labels) =>
        selector.All(l => labels.TryGetValue(l.Key, out var value) && value == l.Value);

    private static bool ExpressionHolds(JsonObject expression, IReadOnlyDictionary<string, string> labels)
    {
        var key = expression["key"].Text() ?? string.Empty;
        var values = expression["values"].Texts();
        var has = labels.TryGetValue(key, out var value);
        return expression["operator"].Text() switch
        {
            "In" => has && values.Contains(value!),
            "NotIn" => !has || !values.Contains(value!),
            "Exists" => has,
            "DoesNotExist" => !has,
            var other => throw new InvalidOperationException($"Unknown selector operator {other}."),
        };
    }
}
