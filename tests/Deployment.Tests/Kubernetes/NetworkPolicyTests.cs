namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// Everything is denied unless a policy allows it, and the policies allow only what each service needs:
/// its database, the broker and DNS; Disputes → Agreements' gRPC port; client namespaces → gRPC; Prometheus → HTTP;
/// and the officer console → each service's gRPC port, the console's front door (an ingress namespace) → its HTTP port.
/// </summary>
public sealed class NetworkPolicyTests
{
    private static readonly Dictionary<string, string> NoLabels = [];

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Every_network_policy_selects_existing_pods(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var policies = new NetworkPolicies(rendered);
        var failures = new Failures();
        foreach (var policy in rendered.OfKind("NetworkPolicy"))
        {
            failures.If(
                !rendered.Workloads.Any(w => policies.Selects(policy, NetworkEndpoint.PodOf(rendered, w))),
                $"{policy}: its podSelector selects no pod the overlay runs.");
        }

        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Every_pod_is_policed_for_ingress_and_egress(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var policies = new NetworkPolicies(rendered);
        var failures = new Failures();
        foreach (var workload in rendered.Workloads)
        {
            foreach (var type in new[] { "Ingress", "Egress" })
            {
                failures.If(
                    !policies.Policing(NetworkEndpoint.PodOf(rendered, workload), type).Any(),
                    $"No NetworkPolicy restricts {type.ToLowerInvariant()} of the pods of {workload}.");
            }
        }

        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Only_disputes_reaches_another_service_and_only_agreements_grpc_port(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var policies = new NetworkPolicies(rendered);
        var platformPods = rendered.Workloads
            .Where(w => PlatformService.All.Any(s => w.PodLabels.GetValueOrDefault("app.kubernetes.io/name") == s.Name))
            .ToList();
        var failures = new Failures();
        foreach (var from in platformPods)
        {
            foreach (var service in PlatformService.All)
            {
                var to = rendered.Get("Deployment", service.Name);
                foreach (var port in to.Ports.Where(_ => from != to))
                {
                    var allowed = policies.Allows(NetworkEndpoint.PodOf(rendered, from), NetworkEndpoint.PodOf(rendered, to), port.Number, port.Protocol);
                    var expected = from.Kind == "Deployment" && from.Name == "disputes" && service.Name == "agreements" && port.Number == service.GrpcPort;
                    failures.If(
                        allowed != expected,
                        $"{from} {(allowed ? "can" : "cannot")} reach {to} on {port.Number}/{port.Protocol}; expected {(expected ? "can" : "cannot")}.");
                }
            }
        }

        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Service_and_its_migration_job_reach_the_database_broker_and_dns(string overlay, string service)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var policies = new NetworkPolicies(rendered);
        var server = NetworkEndpoint.PodOf(rendered, rendered.Get("Deployment", service));
        var migration = NetworkEndpoint.PodOf(rendered, rendered.Get("Job", PlatformService.Named(service).MigrationJob));
        var dns = NetworkEndpoint.External("cluster DNS");

        // Locally the overlay's own servers; in production managed ones, outside the cluster.
        var (postgres, rabbitmq) = rendered.IsLocal
            ? (NetworkEndpoint.PodOf(rendered, rendered.Get("StatefulSet", "postgres")),
                NetworkEndpoint.PodOf(rendered, rendered.Get("StatefulSet", "rabbitmq")))
            : (NetworkEndpoint.External("the managed PostgreSQL"), NetworkEndpoint.External("the RabbitMQ cluster"));
        var failures = new Failures();
        void Expect(NetworkEndpoint from, NetworkEndpoint to, int port, string protocol, bool allowed) => failures.If(
            policies.Allows(from, to, port, protocol) != allowed,
            $"{from} {(allowed ? "cannot" : "can")} reach {to} on {port}/{protocol}.");

        Expect(server, postgres, 5432, "TCP", true);
        Expect(server, rabbitmq, 5672, "TCP", true);
        Expect(server, dns, 53, "UDP", true);
        Expect(server, dns, 53, "TCP", true);
        Expect(server, NetworkEndpoint.External("the internet"), 443, "TCP", false);
        Expect(migration, postgres, 5432, "TCP", true);
        Expect(migration, dns, 53, "UDP", true);
        Expect(migration, rabbitmq, 5672, "TCP", false);
        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Service_takes_grpc_from_client_namespaces_and_metrics_scrapes_from_monitoring(string overlay, string service)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var policies = new NetworkPolicies(rendered);
        var expected = PlatformService.Named(service);
        var server = NetworkEndpoint.PodOf(rendered, rendered.Get("Deployment", service));
        Dictionary<string, string> client = new() { ["platform.cxqa/grpc-client"] = "true" };
        var clientNamespace = NetworkEndpoint.PodInNamespace("gateway", client, NoLabels);
        var otherNamespace = NetworkEndpoint.PodInNamespace("elsewhere", NoLabels, client);
        var prometheus = NetworkEndpoint.PodInNamespace("monitoring", NoLabels, NoLabels);
        var stranger = new NetworkEndpoint("an unlabelled pod", NoLabels, rendered.Namespace, rendered.NamespaceLabels, []);
        var failures = new Failures();
        void Expect(NetworkEndpoint from, int port, bool allowed) => failures.If(
            policies.Allows(from, server, port) != allowed,
            $"{from} {(allowed ? "cannot" : "can")} reach {server} on {port}.");

        Expect(clientNamespace, expected.GrpcPort, true);
        Expect(clientNamespace, expected.HttpPort, false);
        Expect(otherNamespace, expected.GrpcPort, false);
        Expect(prometheus, expected.HttpPort, true);
        Expect(prometheus, expected.GrpcPort, false);
        Expect(stranger, expected.GrpcPort, false);
        Expect(stranger, expected.HttpPort, false);
        failures.ThrowIfAny();
    }
    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Console_reaches_each_service_grpc_port_and_nothing_else(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var policies = new NetworkPolicies(rendered);
        var console = NetworkEndpoint.PodOf(rendered, rendered.Get("Deployment", OfficerConsole.Name));
        var failures = new Failures();
        void Expect(NetworkEndpoint to, int port, string protocol, bool allowed) => failures.If(
            policies.Allows(console, to, port, protocol) != allowed,
            $"{console} {(allowed ? "cannot" : "can")} reach {to} on {port}/{protocol}.");

        foreach (var service in PlatformService.All)
        {
            var server = NetworkEndpoint.PodOf(rendered, rendered.Get("Deployment", service.Name));
            Expect(server, service.GrpcPort, "TCP", true);
            Expect(server, service.HttpPort, "TCP", false);
        }

        var (postgres, rabbitmq) = rendered.IsLocal
            ? (NetworkEndpoint.PodOf(rendered, rendered.Get("StatefulSet", "postgres")),
                NetworkEndpoint.PodOf(rendered, rendered.Get("StatefulSet", "rabbitmq")))
            : (NetworkEndpoint.External("the managed PostgreSQL"), NetworkEndpoint.External("the RabbitMQ cluster"));
        Expect(postgres, 5432, "TCP", false);
        Expect(rabbitmq, 5672, "TCP", false);
        Expect(NetworkEndpoint.External("cluster DNS"), 53, "UDP", true);
        Expect(NetworkEndpoint.External("the internet"), 443, "TCP", false);
        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Console_takes_http_only_from_its_ingress_namespace(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var policies = new NetworkPolicies(rendered);
        var console = NetworkEndpoint.PodOf(rendered, rendered.Get("Deployment", OfficerConsole.Name));
        var ingress = NetworkEndpoint.PodInNamespace("ingress-nginx", new Dictionary<string, string> { ["platform.cxqa/console-ingress"] = "true" }, NoLabels);
        var grpcClients = NetworkEndpoint.PodInNamespace("gateway", new Dictionary<string, string> { ["platform.cxqa/grpc-client"] = "true" }, NoLabels);
        var prometheus = NetworkEndpoint.PodInNamespace("monitoring", NoLabels, NoLabels);
        var stranger = new NetworkEndpoint("an unlabelled pod", NoLabels, rendered.Namespace, rendered.NamespaceLabels, []);
        var failures = new Failures();
        void Expect(NetworkEndpoint from, bool allowed) => failures.If(
            policies.Allows(from, console, OfficerConsole.HttpPort) != allowed,
            $"{from} {(allowed ? "cannot" : "can")} reach {console} on {OfficerConsole.HttpPort}.");

        Expect(ingress, true);
        Expect(grpcClients, false);
        Expect(prometheus, false);
        Expect(stranger, false);
        foreach (var workload in rendered.Workloads.Where(w => w.Name != OfficerConsole.Name))
        {
            Expect(NetworkEndpoint.PodOf(rendered, workload), false);
        }

        failures.ThrowIfAny();
    }
}
