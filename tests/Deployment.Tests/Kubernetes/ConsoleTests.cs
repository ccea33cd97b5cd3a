using System.Globalization;

namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// The officer console's Deployment, Service and key ring: its image and port, probes, the settings it reads, the
/// services it calls, and one Data Protection key ring for all its replicas and restarts.
/// </summary>
public sealed class ConsoleTests
{
    // ASP.NET Core's default HostOptions.ShutdownTimeout: the console sets no other.
    private static readonly TimeSpan HostShutdownTimeout = TimeSpan.FromSeconds(30);

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Console_runs_its_own_image_listening_on_http_5300(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var deployment = rendered.Get("Deployment", OfficerConsole.Name);
        var image = Assert.Single(deployment.Containers)["image"].Text() ?? string.Empty;
        var repository = ImageName.Repository(image);
        var tag = ImageName.Tag(image);

        Assert.True(
            rendered.IsLocal
                ? repository == OfficerConsole.Image
                : repository.EndsWith("/" + OfficerConsole.Image, StringComparison.Ordinal) && repository.Contains('.', StringComparison.Ordinal),
            $"{deployment}: image {image}, expected {(rendered.IsLocal ? "" : "<registry>/…/")}{OfficerConsole.Image}:<tag>.");
        Assert.True(tag is not null && tag != "latest" || image.Contains('@', StringComparison.Ordinal), $"{deployment}: image {image} has no release tag or digest.");
        Assert.True(
            deployment.Ports.SequenceEqual([new ContainerPort("http", OfficerConsole.HttpPort, "TCP")]),
            $"{deployment} declares ports {string.Join(", ", deployment.Ports)}; the console listens on http {OfficerConsole.HttpPort} (TCP) only.");

        var service = rendered.Get("Service", OfficerConsole.Name);
        var ports = service.Spec?["ports"].Items().Select(p => (p["name"].Text(), p["port"].Number())).ToList();
        Assert.True(ports is [("http", OfficerConsole.HttpPort)], $"{service}: ports are not exactly http {OfficerConsole.HttpPort}.");
        Assert.True(LabelSelector.MatchesMap(service.Spec?["selector"].Map()!, deployment.PodLabels), $"{service} does not select the pods of {deployment}.");
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Console_probes_healthz_on_its_http_port(string overlay)
    {
        var deployment = RenderedOverlay.Of(overlay).Get("Deployment", OfficerConsole.Name);
        var container = Assert.Single(deployment.Containers);
        var failures = new Failures();
        foreach (var kind in new[] { "startupProbe", "livenessProbe", "readinessProbe" })
        {
            var get = container[kind]?["httpGet"];
            var port = get?["port"];
            failures.If(get is null, $"{deployment}: no {kind} with httpGet.");
            failures.If(
                get is not null && (get["path"].Text() != OfficerConsole.HealthPath || (port.Text() != "http" && port.Number() != OfficerConsole.HttpPort)),
                $"{deployment}: {kind} GETs {get?["path"].Text()} on port {port.Text()}, not {OfficerConsole.HealthPath} on http ({OfficerConsole.HttpPort}).");
        }

        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Console_runs_restricted_spread_and_budgeted_and_has_time_to_stop(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var deployment = rendered.Get("Deployment", OfficerConsole.Name);
        var failures = RestrictedPod.Check(deployment);
        var budgets = rendered.OfKind("PodDisruptionBudget").Where(b => LabelSelector.Matches(b.Spec?["selector"], deployment.PodLabels)).ToList();
        failures.If(budgets.Count != 1, $"{budgets.Count} PodDisruptionBudgets select the pods of {deployment}; expected one.");
        foreach (var key in new[] { "topology.kubernetes.io/zone", "kubernetes.io/hostname" })
        {
            failures.If(
                !deployment.PodSpec["topologySpreadConstraints"].Items().Any(c =>
                    c["topologyKey"].Text() == key && c["labelSelector"] is not null && LabelSelector.Matches(c["labelSelector"], deployment.PodLabels)),
                $"{deployment}: no topologySpreadConstraints entry for {key} that selects its own pods.");
        }

        var preStop = TimeSpan.FromSeconds(Assert.Single(deployment.Containers)["lifecycle"]?["preStop"]?["sleep"]?["seconds"].Number() ?? 0);
        var grace = deployment.PodSpec["terminationGracePeriodSeconds"].Number() ?? 30;
        failures.If(
            grace <= (preStop + HostShutdownTimeout).TotalSeconds,
            $"{deployment}: terminationGracePeriodSeconds {grace} must exceed the preStop sleep ({preStop.TotalSeconds} s) plus the host's shutdown timeout ({HostShutdownTimeout.TotalSeconds} s).");
        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Console_sets_only_and_all_of_the_settings_it_reads(string overlay)
    {
        var (deployment, environment) = ConsoleEnvironment(overlay);
        var unknown = environment.Keys.Where(name => OfficerConsole.Find(name) is null).ToList();
        var missing = OfficerConsole.Settings.Where(s => s.Required && !environment.Keys.Any(s.Matches)).Select(s => s.Name).ToList();
        var exposed = environment
            .Where(e => OfficerConsole.Find(e.Key)?.Secret == true && e.Value is not SecretValue)
            .Select(e => e.Key)
            .ToList();

        Assert.True(unknown.Count == 0, $"{deployment} sets {string.Join(", ", unknown)}, which the console does not read (OfficerConsole.Settings).");
        Assert.True(missing.Count == 0, $"{deployment} does not set {string.Join(", ", missing)}.");
        Assert.True(exposed.Count == 0, $"{deployment}: {string.Join(", ", exposed)} must come from a Secret (secretKeyRef).");
        Assert.Equal(OfficerConsole.HttpPort.ToString(CultureInfo.InvariantCulture), Literal(environment, "Ports__Http"));
        Assert.Equal(overlay == RenderedOverlay.Local ? "Development" : "Production", Literal(environment, "ASPNETCORE_ENVIRONMENT"));
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Console_calls_each_service_at_the_grpc_port_of_its_service(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var (deployment, environment) = ConsoleEnvironment(overlay);
        var failures = new Failures();
        foreach (var service in PlatformService.All)
        {
            var name = OfficerConsole.ServicesAddress(service);
            var address = Literal(environment, name);
            var expected = $"http://{service.Name}:{service.GrpcPort}";
            failures.If(address != expected, $"{deployment}: {name} is {address ?? "unset"}, expected {expected}.");
            failures.If(
                rendered.Find("Service", service.Name)?.Spec?["ports"].Items().Any(p => p["name"].Text() == "grpc" && p["port"].Number() == service.GrpcPort) != true,
                $"No Service/{service.Name} with port grpc {service.GrpcPort} for {deployment} to call.");
        }

        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Console_replicas_and_restarts_share_one_key_ring_on_a_claim(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var (deployment, environment) = ConsoleEnvironment(overlay);
        var path = Literal(environment, OfficerConsole.KeysPath);
        var mount = Assert.Single(deployment.Containers)["volumeMounts"].Items().FirstOrDefault(m => m["mountPath"].Text() == path);
        Assert.True(mount is not null, $"{deployment}: {OfficerConsole.KeysPath} is {path ?? "unset"}, where no volume is mounted.");
        Assert.True(mount["readOnly"].Flag() != true, $"{deployment}: the key ring's volume is mounted read-only; the console writes its keys.");
        var volume = deployment.PodSpec["volumes"].Items().Single(v => v["name"].Text() == mount["name"].Text());
        var claimName = volume["persistentVolumeClaim"]?["claimName"].Text();
        Assert.True(claimName is not null, $"{deployment}: the key ring's volume {volume["name"].Text()} is not a PersistentVolumeClaim, so a restart loses it.");
        var claim = rendered.Get("PersistentVolumeClaim", claimName);
        Assert.True(
            deployment.PodSpec["securityContext"]?["fsGroup"].Number() == 1654,
            $"{deployment}: no fsGroup 1654, so the app user may not be able to write to {claim}.");

        // Replicas on several nodes need ReadWriteMany; one replica can live with ReadWriteOnce.
        var shared = claim.Spec?["accessModes"].Texts().Contains("ReadWriteMany") == true;
        var autoscaled = rendered.OfKind("HorizontalPodAutoscaler").Any(h => h.Spec?["scaleTargetRef"]?["name"].Text() == OfficerConsole.Name);
        Assert.True(
            shared || (!autoscaled && deployment.Spec?["replicas"].Number() == 1),
            $"{claim} is [{string.Join(", ", claim.Spec?["accessModes"].Texts() ?? [])}] while {deployment} may run several replicas: they need ReadWriteMany.");
        Assert.True(rendered.IsLocal || shared, $"{claim}: production's replicas need a ReadWriteMany claim.");
    }

    [Fact]
    public void Production_runs_at_least_two_console_replicas_under_an_autoscaler()
    {
        var rendered = RenderedOverlay.Of(RenderedOverlay.Production);
        var deployment = rendered.Get("Deployment", OfficerConsole.Name);
        var autoscaler = Assert.Single(
            rendered.OfKind("HorizontalPodAutoscaler"),
            h => h.Spec?["scaleTargetRef"]?["kind"].Text() == "Deployment" && h.Spec?["scaleTargetRef"]?["name"].Text() == OfficerConsole.Name);

        Assert.True(autoscaler.Spec?["minReplicas"].Number() >= 2, $"{autoscaler}: minReplicas must be 2 or more, for availability.");
        Assert.True(autoscaler.Spec?["maxReplicas"].Number() >= autoscaler.Spec?["minReplicas"].Number(), $"{autoscaler}: maxReplicas below minReplicas.");
        Assert.True(deployment.Spec?["replicas"] is null, $"{deployment} sets replicas, which would reset {autoscaler}'s count on every apply.");
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Console_signs_people_in_with_the_services_development_issuer_only_locally(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var (deployment, environment) = ConsoleEnvironment(overlay);
        var agreements = rendered.Get("Deployment", "agreements");
        var services = ContainerEnvironment.Of(rendered, agreements, Assert.Single(agreements.Containers));
        var key = ServiceSettings.SigningKeys + "0";

        // The tokens it mints must be the ones the services accept: same issuer, audience and key.
        Assert.Equal(Literal(services, "Authentication__Issuer"), Literal(environment, "Authentication__Issuer"));
        Assert.Equal(Literal(services, "Authentication__Audience"), Literal(environment, "Authentication__Audience"));
        if (rendered.IsLocal)
        {
            Assert.True(
                environment.GetValueOrDefault(key) is SecretValue mine && services.GetValueOrDefault(key) is SecretValue theirs
                && mine.Secret == theirs.Secret && mine.Key == theirs.Key,
                $"{deployment}: {key} does not come from the Secret key the services' comes from.");
        }
        else
        {
            var keys = environment.Keys.Where(k => k.StartsWith(ServiceSettings.SigningKeys, StringComparison.Ordinal)).ToList();
            Assert.True(keys.Count == 0, $"{deployment} sets {string.Join(", ", keys)}: the development issuer's keys have no place in production.");
        }
    }

    [Fact]
    public void Production_signs_people_in_with_the_identity_provider_the_services_trust()
    {
        var rendered = RenderedOverlay.Of(RenderedOverlay.Production);
        var (deployment, environment) = ConsoleEnvironment(RenderedOverlay.Production);
        var agreements = rendered.Get("Deployment", "agreements");
        var services = ContainerEnvironment.Of(rendered, agreements, Assert.Single(agreements.Containers));

        // The provider whose tokens the console's calls carry is the one the services check tokens against.
        var authority = Literal(environment, OfficerConsole.ProviderAuthority);
        Assert.False(string.IsNullOrEmpty(authority), $"{deployment} has no identity provider ({OfficerConsole.ProviderAuthority}): nobody could sign in.");
        Assert.Equal(Literal(services, ServiceSettings.Authority), authority);
        Assert.False(string.IsNullOrEmpty(Literal(environment, "Authentication__OpenIdConnect__ClientId")), $"{deployment} has no client id at the provider.");
        Assert.IsType<SecretValue>(environment.GetValueOrDefault("Authentication__OpenIdConnect__ClientSecret"));
        // Behind the TLS-terminating ingress, the redirect URI it gives the provider must be https.
        Assert.Equal("true", Literal(environment, "ASPNETCORE_FORWARDEDHEADERS_ENABLED"));
    }

    [Theory]
    [MemberData(nameof(Cases.Overlays), MemberType = typeof(Cases))]
    public void Console_service_keeps_a_browser_on_one_replica(string overlay)
    {
        // An open page's circuit lives on one replica; its connections must keep going there.
        var service = RenderedOverlay.Of(overlay).Get("Service", OfficerConsole.Name);

        Assert.True(service.Spec?["sessionAffinity"].Text() == "ClientIP", $"{service}: sessionAffinity is {service.Spec?["sessionAffinity"].Text() ?? "None"}, not ClientIP.");
    }

    private static (KubernetesObject Deployment, IReadOnlyDictionary<string, EnvValue> Environment) ConsoleEnvironment(string overlay)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var deployment = rendered.Get("Deployment", OfficerConsole.Name);
        return (deployment, ContainerEnvironment.Of(rendered, deployment, Assert.Single(deployment.Containers)));
    }

    private static string? Literal(IReadOnlyDictionary<string, EnvValue> environment, string name) =>
        (environment.GetValueOrDefault(name) as LiteralValue)?.Value;
}
