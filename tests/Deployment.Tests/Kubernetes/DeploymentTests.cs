using System.Globalization;
using System.Text.Json.Nodes;

namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>How each service's Deployment runs: probes, resources, disruption and scaling, spread, shutdown, security.</summary>
public sealed class DeploymentTests
{
    private static readonly string[] Probes = ["startupProbe", "livenessProbe", "readinessProbe"];

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Deployment_has_liveness_and_readiness_probes(string overlay, string service)
    {
        var deployment = RenderedOverlay.Of(overlay).Get("Deployment", service);
        var failures = new Failures();
        foreach (var container in deployment.Containers)
        {
            failures.If(container["livenessProbe"] is null, $"{deployment} container {container["name"].Text()}: no livenessProbe.");
            failures.If(container["readinessProbe"] is null, $"{deployment} container {container["name"].Text()}: no readinessProbe.");
        }

        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Every_container_requests_and_limits_cpu_and_memory(string overlay)
    {
        var failures = new Failures();
        foreach (var workload in RenderedOverlay.Of(overlay).Workloads)
        {
            foreach (var container in workload.AllContainers)
            {
                foreach (var bound in new[] { "requests", "limits" })
                {
                    foreach (var resource in new[] { "cpu", "memory" })
                    {
                        failures.If(
                            container["resources"]?[bound]?[resource] is null,
                            $"{workload} container {container["name"].Text()}: no resources.{bound}.{resource}.");
                    }
                }
            }
        }

        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Deployment_has_a_disruption_budget_selecting_its_pods(string overlay, string service)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var deployment = rendered.Get("Deployment", service);
        var budgets = rendered.OfKind("PodDisruptionBudget")
            .Where(b => LabelSelector.Matches(b.Spec?["selector"], deployment.PodLabels))
            .ToList();

        Assert.True(
            budgets.Count == 1,
            $"{budgets.Count} PodDisruptionBudgets ({string.Join(", ", budgets)}) select the pods of {deployment}; expected one.");
        var budget = budgets[0];
        Assert.True(
            budget.Spec?["minAvailable"] is not null || budget.Spec?["maxUnavailable"] is not null,
            $"{budget} sets neither minAvailable nor maxUnavailable.");
        var others = rendered.Workloads.Where(w => w != deployment && LabelSelector.Matches(budget.Spec?["selector"], w.PodLabels));
        Assert.True(!others.Any(), $"{budget} also selects the pods of {string.Join(", ", others)}.");
    }

    [Theory]
    [MemberData(nameof(Cases.Services), MemberType = typeof(Cases))]
    public void Production_autoscales_every_deployment_on_cpu(string service)
    {
        var rendered = RenderedOverlay.Of(RenderedOverlay.Production);
        var deployment = rendered.Get("Deployment", service);
        var autoscalers = rendered.OfKind("HorizontalPodAutoscaler")
            .Where(h => h.Spec?["scaleTargetRef"]?["kind"].Text() == "Deployment" && h.Spec?["scaleTargetRef"]?["name"].Text() == service)
            .ToList();
        Assert.True(autoscalers.Count == 1, $"{autoscalers.Count} HorizontalPodAutoscalers target {deployment}; expected one.");
        var autoscaler = autoscalers[0];

        Assert.True(autoscaler.Spec?["minReplicas"].Number() >= 2, $"{autoscaler}: minReplicas must be 2 or more, for availability.");
        Assert.True(autoscaler.Spec?["maxReplicas"].Number() >= autoscaler.Spec?["minReplicas"].Number(), $"{autoscaler}: maxReplicas below minReplicas.");
        Assert.True(
            autoscaler.Spec?["metrics"].Items().Any(m => m["resource"]?["name"].Text() == "cpu") == true,
            $"{autoscaler} does not scale on cpu.");
        Assert.True(deployment.Spec?["replicas"] is null, $"{deployment} sets replicas, which would reset {autoscaler}'s count on every apply.");
    }

    [Theory]
    [MemberData(nameof(Cases.Services), MemberType = typeof(Cases))]
    public void Local_runs_one_replica_of_each_deployment(string service)
    {
        var deployment = RenderedOverlay.Of(RenderedOverlay.Local).Get("Deployment", service);

        Assert.True(deployment.Spec?["replicas"].Number() == 1, $"{deployment}: replicas is {deployment.Spec?["replicas"].Text() ?? "unset"}, not 1.");
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Deployment_spreads_its_pods_across_zones_and_nodes(string overlay, string service)
    {
        var deployment = RenderedOverlay.Of(overlay).Get("Deployment", service);
        var constraints = deployment.PodSpec["topologySpreadConstraints"].Items().ToList();
        var failures = new Failures();
        foreach (var key in new[] { "topology.kubernetes.io/zone", "kubernetes.io/hostname" })
        {
            var constraint = constraints.FirstOrDefault(c => c["topologyKey"].Text() == key);
            if (constraint is null)
            {
                failures.Add($"{deployment}: no topologySpreadConstraints entry for {key}.");
                continue;
            }

            failures.If(
                constraint["labelSelector"] is null || !LabelSelector.Matches(constraint["labelSelector"], deployment.PodLabels),
                $"{deployment}: the {key} spread's labelSelector does not select its own pods.");
        }

        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Deployment_gives_the_app_longer_to_stop_than_its_shutdown_timeout(string overlay, string service)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var deployment = rendered.Get("Deployment", service);
        var container = deployment.Containers.Single(c => c["name"].Text() == service);
        var timeout = ContainerEnvironment.Of(rendered, deployment, container).GetValueOrDefault(ServiceSettings.ShutdownTimeout) as LiteralValue;
        Assert.True(timeout is not null, $"{deployment} does not set {ServiceSettings.ShutdownTimeout} as a value.");
        var shutdown = TimeSpan.Parse(timeout.Value, CultureInfo.InvariantCulture);
        var preStop = PreStopSleep(container);
        var grace = deployment.PodSpec["terminationGracePeriodSeconds"].Number() ?? 30;

        Assert.True(
            grace > (shutdown + preStop).TotalSeconds,
            $"{deployment}: terminationGracePeriodSeconds {grace} must exceed {ServiceSettings.ShutdownTimeout} ({shutdown.TotalSeconds} s) "
            + $"plus the preStop sleep ({preStop.TotalSeconds} s), or the kubelet kills the app before it has finished.");
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Deployment_runs_as_non_root_with_a_read_only_root_filesystem(string overlay, string service)
    {
        var deployment = RenderedOverlay.Of(overlay).Get("Deployment", service);

        RestrictedPod.Check(deployment).ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Deployment_runs_no_command_its_chiseled_image_lacks(string overlay, string service)
    {
        var deployment = RenderedOverlay.Of(overlay).Get("Deployment", service);
        var failures = new Failures();
        foreach (var container in deployment.AllContainers)
        {
            List<(string Kind, JsonNode? Command)> hooks =
            [
                .. Probes.Select(kind => (kind, container[kind]?["exec"]?["command"])),
                ("lifecycle.postStart", container["lifecycle"]?["postStart"]?["exec"]?["command"]),
                ("lifecycle.preStop", container["lifecycle"]?["preStop"]?["exec"]?["command"]),
            ];
            foreach (var (kind, command) in hooks.Where(h => h.Command is not null))
            {
                // The image has dotnet and the service (`dotnet Platform.<Context>.dll probe`), no shell, no coreutils.
                failures.If(
                    command.Texts() is not ["dotnet", ..],
                    $"{deployment} container {container["name"].Text()}: {kind} runs [{string.Join(" ", command.Texts())}], "
                    + "which the chiseled image does not have.");
            }
        }

        failures.ThrowIfAny();
    }

    // The sleep of a preStop hook (`sleep N`, or the kubelet's own sleep action), which the grace period includes.
    private static TimeSpan PreStopSleep(JsonObject container)
    {
        var preStop = container["lifecycle"]?["preStop"];
        if (preStop?["sleep"]?["seconds"].Number() is { } seconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        var command = preStop?["exec"]?["command"].Texts() ?? [];
        return command is ["sleep", var n] && int.TryParse(n, CultureInfo.InvariantCulture, out var slept)
            ? TimeSpan.FromSeconds(slept)
            : TimeSpan.Zero;
    }
}
