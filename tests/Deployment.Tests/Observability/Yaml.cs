using YamlDotNet.RepresentationModel;

namespace Platform.Deployment.Tests.Observability;

/// <summary>
/// A YAML file as plain values: <see cref="Dictionary{TKey,TValue}"/> (string keys), <see cref="List{T}"/> and string
/// scalars (null for an empty or null scalar), with anchors and merge keys (<c>&lt;&lt;: *x</c>) resolved as Compose
/// resolves them: a mapping's own keys win over merged ones.
/// </summary>
internal static class Yaml
{
    public static Dictionary<string, object?> Load(string relativePath)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(Repository.Read(relativePath)))
        {
            stream.Load(reader);
        }

        return ToPlain(stream.Documents[0].RootNode) as Dictionary<string, object?>
            ?? throw new InvalidDataException($"{relativePath}: the document is not a mapping.");
    }

    private static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode scalar => IsNull(scalar) ? null : scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToPlain).ToList(),
        YamlMappingNode mapping => ToMap(mapping),
        _ => throw new InvalidDataException($"Unexpected YAML node {node.NodeType} at {node.Start}."),
    };

    private static Dictionary<string, object?> ToMap(YamlMappingNode mapping)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        var merged = new List<YamlMappingNode>();
        foreach (var (key, value) in mapping.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (name == "<<")
            {
                merged.AddRange(value is YamlSequenceNode sources ? sources.Children.Cast<YamlMappingNode>() : [(YamlMappingNode)value]);
            }
            else
            {
                map[name] = ToPlain(value);
            }
        }

        foreach (var source in merged)
        {
            foreach (var (name, value) in ToMap(source))
            {
                map.TryAdd(name, value);
            }
        }

        return map;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
