using System.Text.Json.Nodes;

namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// What an overlay's NetworkPolicies allow, by the rules of the API: a connection needs a rule that allows it in
/// an egress policy of its source, if any policy polices the source's egress, and in an ingress policy of its
/// destination, if any polices the destination's ingress. Address blocks are taken to match every address
/// outside the cluster and no pod.
/// </summary>
internal sealed class NetworkPolicies(RenderedOverlay overlay)
{
    private readonly IReadOnlyList<KubernetesObject> _policies = overlay.OfKind("NetworkPolicy").ToList();

    public bool Allows(NetworkEndpoint from, NetworkEndpoint to, int port, string protocol = "TCP") =>
        Allows(from, "Egress", "egress", "to", to, port, protocol) && Allows(to, "Ingress", "ingress", "from", from, port, protocol);

    /// <summary>The policies that police <paramref name="endpoint"/> for a type (Ingress or Egress).</summary>
    public IEnumerable<KubernetesObject> Policing(NetworkEndpoint endpoint, string type) =>
        _policies.Where(p => Selects(p, endpoint) && PolicyTypes(p).Contains(type));

    public bool Selects(KubernetesObject policy, NetworkEndpoint endpoint) =>
        !endpoint.IsExternal
        && endpoint.Namespace == overlay.Namespace
        && LabelSelector.Matches(policy.Spec?["podSelector"], endpoint.PodLabels!);

    private static IReadOnlyList<string> PolicyTypes(KubernetesObject policy) =>
        policy.Spec?["policyTypes"] is JsonArray types
            ? types.Texts()
            : policy.Spec?["egress"] is null ? ["Ingress"] : ["Ingress", "Egress"];

    // The destination's declared ports resolve named ports, for egress and ingress alike.
    private bool Allows(NetworkEndpoint policed, string type, string rules, string peers, NetworkEndpoint peer, int port, string protocol)
    {
        var policies = Policing(policed, type).ToList();
        var destination = type == "Egress" ? peer : policed;
        return policies.Count == 0 || policies.Any(p => p.Spec?[rules].Items().Any(rule =>
            PeersMatch(rule[peers], peer) && PortsMatch(rule["ports"], destination, port, protocol)) == true);
    }

    private bool PeersMatch(JsonNode? peers, NetworkEndpoint endpoint) =>
        peers is not JsonArray list || list.Count == 0 || peers.Items().Any(p => PeerMatches(p, endpoint));

    private bool PeerMatches(JsonObject peer, NetworkEndpoint endpoint)
    {
        if (peer["ipBlock"] is not null)
        {
            return endpoint.IsExternal;
        }

        if (endpoint.IsExternal)
        {
            return false;
        }

        return peer["namespaceSelector"] is { } namespaces
            ? LabelSelector.Matches(namespaces, endpoint.NamespaceLabels) && LabelSelector.Matches(peer["podSelector"], endpoint.PodLabels!)
            : endpoint.Namespace == overlay.Namespace && LabelSelector.Matches(peer["podSelector"], endpoint.PodLabels!);
    }

    private static bool PortsMatch(JsonNode? ports, NetworkEndpoint destination, int port, string protocol) =>
        ports is not JsonArray list || list.Count == 0 || ports.Items().Any(p =>
            (p["protocol"].Text() ?? "TCP") == protocol
            && p["port"] switch
            {
                null => true,
                var number when number.Number() is { } first => port >= first && port <= (p["endPort"].Number() ?? first),
                var name => destination.Ports.Any(c => c.Name == name.Text() && c.Number == port && c.Protocol == protocol),
            });
}
