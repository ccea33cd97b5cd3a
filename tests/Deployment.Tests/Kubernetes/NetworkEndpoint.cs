namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// One end of a connection: a pod (labels, namespace, declared ports) or an address outside the cluster, such as
/// a managed database (no labels).
/// </summary>
internal sealed record NetworkEndpoint(
    string Description,
    IReadOnlyDictionary<string, string>? PodLabels,
    string? Namespace,
    IReadOnlyDictionary<string, string> NamespaceLabels,
    IReadOnlyList<ContainerPort> Ports)
{
    public bool IsExternal => PodLabels is null;

    public static NetworkEndpoint External(string description) =>
        new(description, null, null, new Dictionary<string, string>(), []);

    public static NetworkEndpoint PodOf(RenderedOverlay overlay, KubernetesObject workload) =>
        new($"pods of {workload}", workload.PodLabels, overlay.Namespace, overlay.NamespaceLabels, workload.Ports);

    /// <summary>A pod in another namespace, which carries only the labels given (and its name label).</summary>
    public static NetworkEndpoint PodInNamespace(
        string @namespace,
        IReadOnlyDictionary<string, string> namespaceLabels,
        IReadOnlyDictionary<string, string> podLabels) =>
        new($"a pod in namespace {@namespace}", podLabels, @namespace,
            new Dictionary<string, string>(namespaceLabels) { ["kubernetes.io/metadata.name"] = @namespace }, []);

    public override string ToString() => Description;
}
