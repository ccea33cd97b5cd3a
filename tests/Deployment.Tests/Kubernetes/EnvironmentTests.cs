using System.Globalization;

namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// Every variable a Deployment sets is one its service reads (<see cref="ServiceSettings"/>), every required one
/// is set, with the values the service expects, and secrets come from Secrets.
/// </summary>
public sealed class EnvironmentTests
{
    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Deployment_sets_only_variables_the_service_reads(string overlay, string service)
    {
        var (deployment, environment) = DeploymentEnvironment(overlay, service);
        var unknown = environment.Keys.Where(name => ServiceSettings.Find(name)?.AppliesTo(service) != true).ToList();

        Assert.True(
            unknown.Count == 0,
            $"{deployment} sets {string.Join(", ", unknown)}, which {service} does not read (ServiceSettings lists what it does).");
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Deployment_sets_every_required_variable(string overlay, string service)
    {
        var (deployment, environment) = DeploymentEnvironment(overlay, service);
        var missing = ServiceSettings.All
            .Where(s => s.Required && s.AppliesTo(service) && !environment.Keys.Any(s.Matches))
            .Select(s => s.Name)
            .ToList();

        Assert.True(missing.Count == 0, $"{deployment} does not set {string.Join(", ", missing)}.");
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Deployment_variables_have_the_values_the_service_expects(string overlay, string service)
    {
        var (deployment, environment) = DeploymentEnvironment(overlay, service);
        var expected = PlatformService.Named(service);
        var failures = new Failures();
        void Expect(string name, string value) => failures.If(
            Literal(environment, name) != value,
            $"{deployment}: {name} is {Describe(environment, name)}, expected \"{value}\".");

        Expect("Ports__Grpc", expected.GrpcPort.ToString(CultureInfo.InvariantCulture));
        Expect("Ports__Http", expected.HttpPort.ToString(CultureInfo.InvariantCulture));
        Expect("OTEL_SERVICE_NAME", service);
        Expect("Database__MigrateOnStartup", "false");
        Expect("ASPNETCORE_ENVIRONMENT", overlay == RenderedOverlay.Local ? "Development" : "Production");
        Expect("RabbitMq__Port", "5672");
        failures.If(
            !TimeSpan.TryParse(Literal(environment, ServiceSettings.ShutdownTimeout), CultureInfo.InvariantCulture, out _),
            $"{deployment}: {ServiceSettings.ShutdownTimeout} is {Describe(environment, ServiceSettings.ShutdownTimeout)}, not a TimeSpan.");
        if (service == "disputes")
        {
            var agreements = PlatformService.Named("agreements");
            Expect("Services__Agreements", $"http://{agreements.Name}:{agreements.GrpcPort}");
        }

        failures.ThrowIfAny();
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Secret_settings_come_from_secrets(string overlay, string service)
    {
        var (deployment, environment) = DeploymentEnvironment(overlay, service);
        var failures = new Failures();
        foreach (var (name, value) in environment)
        {
            var setting = ServiceSettings.Find(name);
            // An empty key of a dictionary removes the key appsettings.json gives (ContactProtector drops it).
            var removal = setting?.Prefix == true && value is LiteralValue { Value: "" };
            failures.If(
                setting?.Secret == true && value is not SecretValue && !removal,
                $"{deployment}: {name} comes from {value.Origin}; a secret must come from a Secret (secretKeyRef).");
        }

        failures.ThrowIfAny();
    }

    [Fact]
    public void Local_renders_every_config_map_and_secret_key_its_pods_read()
    {
        var rendered = RenderedOverlay.Of(RenderedOverlay.Local);
        var failures = new Failures();
        foreach (var workload in rendered.Workloads)
        {
            foreach (var container in workload.AllContainers)
            {
                // A ConfigMap that is not rendered fails here already.
                foreach (var (name, value) in ContainerEnvironment.Of(rendered, workload, container))
                {
                    failures.If(
                        value is SecretValue secret && rendered.Find("Secret", secret.Secret)?.Body["data"]?[secret.Key] is null,
                        $"{workload}: {name} reads {Describe(value)}, which the local overlay does not render.");
                }
            }
        }

        failures.ThrowIfAny();
    }

    [Fact]
    public void Production_renders_no_secret()
    {
        var rendered = RenderedOverlay.Of(RenderedOverlay.Production);

        // The operator creates them (overlays/production/kustomization.yaml lists them); the pods' ConfigMaps
        // must be rendered, which reading their environment checks.
        var secrets = rendered.OfKind("Secret").ToList();
        Assert.True(secrets.Count == 0, $"The production overlay renders {string.Join(", ", secrets)}: no secret belongs in git.");
        foreach (var workload in rendered.Workloads)
        {
            foreach (var container in workload.AllContainers)
            {
                _ = ContainerEnvironment.Of(rendered, workload, container);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases.Services), MemberType = typeof(Cases))]
    public void Production_validates_tokens_with_the_real_issuer_only(string service)
    {
        var (deployment, environment) = DeploymentEnvironment(RenderedOverlay.Production, service);
        var authority = Literal(environment, ServiceSettings.Authority);

        Assert.True(
            authority is not null && authority.StartsWith("https://", StringComparison.Ordinal),
            $"{deployment}: {ServiceSettings.Authority} is {Describe(environment, ServiceSettings.Authority)}, expected the issuer's https URL.");
        var keys = environment.Keys.Where(k => k.StartsWith(ServiceSettings.SigningKeys, StringComparison.Ordinal)).ToList();
        Assert.True(keys.Count == 0, $"{deployment} sets {string.Join(", ", keys)}: the development issuer's keys have no place in production.");
    }

    [Theory]
    [MemberData(nameof(Cases.Services), MemberType = typeof(Cases))]
    public void Local_trusts_the_development_issuer_with_its_key_from_a_secret(string service)
    {
        var (deployment, environment) = DeploymentEnvironment(RenderedOverlay.Local, service);

        Assert.True(
            environment.GetValueOrDefault(ServiceSettings.SigningKeys + "0") is SecretValue,
            $"{deployment}: {ServiceSettings.SigningKeys}0 is {Describe(environment, ServiceSettings.SigningKeys + "0")}, expected a secretKeyRef.");
        Assert.False(environment.ContainsKey(ServiceSettings.Authority), $"{deployment} sets {ServiceSettings.Authority} too; the service refuses both.");
    }

    [Fact]
    public void Production_complaints_seals_contacts_with_its_own_key_from_a_secret()
    {
        var (deployment, environment) = DeploymentEnvironment(RenderedOverlay.Production, "complaints");
        var active = Literal(environment, ServiceSettings.ActiveContactKey);

        // The development key dev-1 is public: it must be neither active nor configured at all.
        Assert.True(
            active is not null && active != "dev-1",
            $"{deployment}: {ServiceSettings.ActiveContactKey} is {Describe(environment, ServiceSettings.ActiveContactKey)}.");
        Assert.True(
            environment.GetValueOrDefault(ServiceSettings.ContactKeys + active) is SecretValue,
            $"{deployment}: the active key {ServiceSettings.ContactKeys}{active} is "
            + $"{Describe(environment, ServiceSettings.ContactKeys + active)}, expected a secretKeyRef.");
        Assert.False(
            environment.ContainsKey(ServiceSettings.ContactKeys + "dev-1"),
            $"{deployment} configures the public development key {ServiceSettings.ContactKeys}dev-1.");
        Assert.All(
            environment.Where(e => e.Key.StartsWith(ServiceSettings.ContactKeys, StringComparison.Ordinal)),
            key => Assert.True(key.Value is SecretValue, $"{deployment}: {key.Key} is {Describe(key.Value)}, expected a secretKeyRef."));
    }

    private static (KubernetesObject Deployment, IReadOnlyDictionary<string, EnvValue> Environment) DeploymentEnvironment(string overlay, string service)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var deployment = rendered.Get("Deployment", service);
        return (deployment, ContainerEnvironment.Of(rendered, deployment, Assert.Single(deployment.Containers)));
    }

    private static string? Literal(IReadOnlyDictionary<string, EnvValue> environment, string name) =>
        (environment.GetValueOrDefault(name) as LiteralValue)?.Value;

    private static string Describe(IReadOnlyDictionary<string, EnvValue> environment, string name) =>
        Describe(environment.GetValueOrDefault(name));

    private static string Describe(EnvValue? value) =>
        value switch
        {
            null => "unset",
            LiteralValue literal => $"\"{literal.Value}\" ({literal.Origin})",
            SecretValue secret => $"Secret/{secret.Secret} key {secret.Key}",
            var other => other.Origin,
        };
}
