using System.Text.Json.Nodes;

namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>One rendered object. Its <see cref="ToString"/> (<c>Deployment/agreements</c>) names it in failures.</summary>
internal sealed record KubernetesObject(string Kind, string Name, JsonObject Body)
{
    private static readonly string[] WorkloadKinds = ["Deployment", "StatefulSet", "DaemonSet", "Job"];

    public JsonNode? Spec => Body["spec"];

    public IReadOnlyDictionary<string, string> Labels => (Body["metadata"]?["labels"]).Map();

    public bool IsWorkload => WorkloadKinds.Contains(Kind);

    /// <summary>The pod spec of a workload.</summary>
    public JsonObject PodSpec => Spec?["template"]?["spec"] as JsonObject
        ?? throw new InvalidOperationException($"{this} has no spec.template.spec.");

    public IReadOnlyDictionary<string, string> PodLabels => (Spec?["template"]?["metadata"]?["labels"]).Map();

    public IReadOnlyList<JsonObject> Containers => PodSpec["containers"].Items().ToList();

    public IReadOnlyList<JsonObject> AllContainers => [.. PodSpec["initContainers"].Items(), .. Containers];

    /// <summary>Declared container ports of the pod: name (or null), number, protocol.</summary>
    public IReadOnlyList<ContainerPort> Ports => AllContainers.SelectMany(PortsOf).ToList();

    public static IReadOnlyList<ContainerPort> PortsOf(JsonObject container) => container["ports"].Items()
        .Select(p => new ContainerPort(p["name"].Text(), p["containerPort"].Number() ?? 0, p["protocol"].Text() ?? "TCP"))
        .ToList();

    public override string ToString() => $"{Kind}/{Name}";
}
