using System.Text.Json.Nodes;

namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>Images, ports, probes and Services agree with each other and with what the services listen on.</summary>
public sealed class ImageAndPortTests
{
    // The local overlay's own PostgreSQL and RabbitMQ, as docker-compose.yml runs them.
    private static readonly string[] LocalInfrastructureImages = ["postgres:15", "rabbitmq:3-management"];

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Every_image_is_a_platform_image_or_local_infrastructure(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var failures = new Failures();
        foreach (var workload in rendered.Workloads)
        {
            foreach (var container in workload.AllContainers)
            {
                var image = container["image"].Text() ?? string.Empty;
                var platform = PlatformService.All.Select(s => s.Image).Append(OfficerConsole.Image)
                    .Any(platformImage => ImageName.Repository(image).EndsWith(platformImage, StringComparison.Ordinal));
                var infrastructure = rendered.IsLocal && LocalInfrastructureImages.Contains(image);
                failures.If(!platform && !infrastructure, $"{workload} container {container["name"].Text()}: image {image} is none of the platform's.");
            }
        }

        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Deployment_runs_its_own_service_image(string overlay, string service)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var deployment = rendered.Get("Deployment", service);
        var image = Assert.Single(deployment.Containers)["image"].Text() ?? string.Empty;
        var expected = PlatformService.Named(service).Image;
        var repository = ImageName.Repository(image);
        var tag = ImageName.Tag(image);

        if (rendered.IsLocal)
        {
            // Loaded into the cluster, never pulled: a tag other than latest keeps imagePullPolicy IfNotPresent.
            Assert.True(repository == expected, $"{deployment}: image {image}, expected {expected}:<tag>.");
        }
        else
        {
            Assert.True(
                repository.EndsWith("/" + expected, StringComparison.Ordinal) && repository.Contains('.', StringComparison.Ordinal),
                $"{deployment}: image {image}, expected <registry>/…/{expected}:<tag>.");
        }

        Assert.True(
            tag is not null && tag != "latest" || image.Contains('@', StringComparison.Ordinal),
            $"{deployment}: image {image} has no release tag or digest.");
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Deployment_declares_the_service_ports(string overlay, string service)
    {
        var deployment = RenderedOverlay.Of(overlay).Get("Deployment", service);
        var expected = PlatformService.Named(service);
        var ports = deployment.Ports.OrderBy(p => p.Number).ToList();

        Assert.True(
            ports.SequenceEqual([new ContainerPort("grpc", expected.GrpcPort, "TCP"), new ContainerPort("http", expected.HttpPort, "TCP")]),
            $"{deployment} declares ports {string.Join(", ", ports)}; {service} listens on grpc {expected.GrpcPort} and http {expected.HttpPort} (TCP).");
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Every_probe_points_at_a_declared_container_port(string overlay)
    {
        var failures = new Failures();
        foreach (var workload in RenderedOverlay.Of(overlay).Workloads)
        {
            foreach (var container in workload.AllContainers)
            {
                var declared = KubernetesObject.PortsOf(container);
                foreach (var kind in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
                {
                    var probe = container[kind];
                    var port = probe?["httpGet"]?["port"] ?? probe?["grpc"]?["port"] ?? probe?["tcpSocket"]?["port"];
                    failures.If(
                        port is not null && !declared.Any(p => Names(p, port)),
                        $"{workload} container {container["name"].Text()}: {kind} port {port.Text()} is not one of its declared ports.");
                }
            }
        }

        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Every_service_selects_one_workload_and_targets_its_ports(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var failures = new Failures();
        foreach (var service in rendered.OfKind("Service"))
        {
            var selector = service.Spec?["selector"].Map() ?? new Dictionary<string, string>();
            var selected = rendered.Workloads.Where(w => selector.Count > 0 && LabelSelector.MatchesMap(selector, w.PodLabels)).ToList();
            if (selected.Count != 1)
            {
                failures.Add($"{service} selects the pods of {selected.Count} workloads ({string.Join(", ", selected)}), not exactly one.");
                continue;
            }

            foreach (var port in service.Spec?["ports"].Items() ?? [])
            {
                var target = port["targetPort"] ?? port["port"];
                failures.If(
                    !selected[0].Ports.Any(p => Names(p, target!)),
                    $"{service} port {port["name"].Text()}: targetPort {target.Text()} is not a declared port of {selected[0]}.");
            }
        }

        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Service_exposes_the_ports_callers_use(string overlay, string service)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var kubernetesService = rendered.Get("Service", service);
        var expected = PlatformService.Named(service);
        var ports = kubernetesService.Spec?["ports"].Items().ToDictionary(p => p["name"].Text() ?? string.Empty, p => p["port"].Number());

        Assert.True(ports?.GetValueOrDefault("grpc") == expected.GrpcPort, $"{kubernetesService}: port grpc is not {expected.GrpcPort}.");
        Assert.True(ports?.GetValueOrDefault("http") == expected.HttpPort, $"{kubernetesService}: port http is not {expected.HttpPort}.");
        Assert.True(
            LabelSelector.MatchesMap(kubernetesService.Spec?["selector"].Map()!, rendered.Get("Deployment", service).PodLabels),
            $"{kubernetesService} does not select the pods of Deployment/{service}.");
    }

    // A port given by number or by name.
    private static bool Names(ContainerPort port, JsonNode reference) =>
        reference.Number() is { } number ? port.Number == number : port.Name == reference.Text();
}
