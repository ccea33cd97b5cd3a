using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// One overlay of deploy/kubernetes as <c>kubectl kustomize</c> renders it (once per test run), parsed into
/// objects.
/// </summary>
internal sealed class RenderedOverlay
{
    public const string Local = "local";
    public const string Production = "production";

    private static readonly ConcurrentDictionary<string, Lazy<RenderedOverlay>> Rendered = new();

    private RenderedOverlay(string name, IReadOnlyList<KubernetesObject> objects)
    {
        Name = name;
        Objects = objects;
    }

    public string Name { get; }

    public bool IsLocal => Name == Local;

    public IReadOnlyList<KubernetesObject> Objects { get; }

    public IEnumerable<KubernetesObject> Workloads => Objects.Where(o => o.IsWorkload);

    /// <summary>The one namespace every namespaced object is in.</summary>
    public string Namespace => Objects
        .Select(o => o.Body["metadata"]?["namespace"].Text())
        .OfType<string>()
        .Distinct()
        .Single();

    public IReadOnlyDictionary<string, string> NamespaceLabels => new Dictionary<string, string>(
        Find("Namespace", Namespace)?.Labels ?? new Dictionary<string, string>())
    {
        // Set by the API server on every namespace.
        ["kubernetes.io/metadata.name"] = Namespace,
    };

    public static RenderedOverlay Of(string name) =>
        Rendered.GetOrAdd(name, n => new Lazy<RenderedOverlay>(() => Render(n))).Value;

    public IEnumerable<KubernetesObject> OfKind(string kind) => Objects.Where(o => o.Kind == kind);

    public KubernetesObject? Find(string kind, string name) => Objects.FirstOrDefault(o => o.Kind == kind && o.Name == name);

    public KubernetesObject Get(string kind, string name) =>
        Find(kind, name) ?? throw new Xunit.Sdk.XunitException($"The {Name} overlay renders no {kind}/{name}.");

    private static RenderedOverlay Render(string name)
    {
        var yaml = Repository.RunTool("kubectl", "kustomize", Repository.PathOf($"deploy/kubernetes/overlays/{name}"));
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var objects = stream.Documents
            .Select(d => ToJson(d.RootNode))
            .OfType<JsonObject>()
            .Select(o => new KubernetesObject(o["kind"].Text() ?? "?", o["metadata"]?["name"].Text() ?? "?", o))
            .ToList();
        return new RenderedOverlay(name, objects);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? string.Empty, ToJson(c.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "null" or "~" } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? string.Empty),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType}."),
    };
}
