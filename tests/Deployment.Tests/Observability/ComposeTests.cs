namespace Platform.Deployment.Tests.Observability;

/// <summary>docker-compose.yml: the observability profile, and how the platform's containers are health-checked.</summary>
public sealed class ComposeTests
{
    [Fact]
    public void Observability_services_run_only_with_the_observability_profile()
    {
        var problems = new List<string>();
        foreach (var (name, service) in Compose.Services)
        {
            var profiles = service.At("profiles").Strings().ToList();
            var observability = Compose.ObservabilityServices.Contains(name);
            if (observability && profiles is not [Compose.ObservabilityProfile])
            {
                problems.Add($"{name}: profiles [{string.Join(", ", profiles)}], not [{Compose.ObservabilityProfile}]");
            }
            else if (!observability && profiles.Count > 0)
            {
                problems.Add($"{name}: has profiles [{string.Join(", ", profiles)}], so `docker compose up` would not start it");
            }
        }

        Assert.Superset(Compose.ObservabilityServices.ToHashSet(), Compose.Services.Keys.ToHashSet());
        Assert.Empty(problems);
    }

    [Fact]
    public void Observability_images_are_pinned_to_a_version()
    {
        var problems = Compose.ObservabilityServices
            .Select(name => (name, image: Compose.Service(name).At("image").Text() ?? string.Empty))
            .Where(s => s.image.Split(':') is not [_, var tag] || tag == "latest" || !tag.Any(char.IsDigit))
            .Select(s => $"{s.name}: image '{s.image}' is not pinned to a version")
            .ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void Files_mounted_into_containers_exist()
    {
        var problems = Compose.Services.Keys
            .SelectMany(name => Compose.BindMounts(name).Select(m => (name, m.Source)))
            .Where(m => !File.Exists(Repository.PathOf(m.Source)) && !Directory.Exists(Repository.PathOf(m.Source)))
            .Select(m => $"{m.name}: mounts {m.Source}, which does not exist")
            .ToList();

        Assert.NotEmpty(Compose.BindMounts("prometheus"));
        Assert.Empty(problems);
    }

    [Fact]
    public void Platform_services_and_the_console_are_health_checked_by_their_probe_command()
    {
        var problems = new List<string>();
        foreach (var (name, context, _) in Compose.PlatformServices.Append(Compose.Console))
        {
            var healthcheck = Compose.Service(name).At("healthcheck");
            string[] expected = ["CMD", "dotnet", $"Platform.{context}.dll", "probe"];
            var test = healthcheck.At("test").Strings().ToArray();
            if (!test.SequenceEqual(expected))
            {
                problems.Add($"{name}: healthcheck test [{string.Join(", ", test)}], not [{string.Join(", ", expected)}]");
            }

            foreach (var (setting, value) in new[] { ("interval", "10s"), ("timeout", "5s"), ("start_period", "30s"), ("retries", "3") })
            {
                if (healthcheck.At(setting).Text() != value)
                {
                    problems.Add($"{name}: healthcheck {setting} is {healthcheck.At(setting).Text() ?? "unset"}, not {value}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Platform_services_start_after_their_migrations_and_stop_gracefully()
    {
        var problems = new List<string>();
        foreach (var (name, _, _) in Compose.PlatformServices)
        {
            var service = Compose.Service(name);
            var migrate = Compose.Service($"{name}-migrate");
            if (service.At("depends_on").At($"{name}-migrate").At("condition").Text() != "service_completed_successfully")
            {
                problems.Add($"{name}: does not wait for {name}-migrate to complete successfully");
            }

            if (!migrate.At("command").Strings().SequenceEqual(["migrate"]) || migrate.At("restart").Text() != "no")
            {
                problems.Add($"{name}-migrate: not a one-shot `migrate` (command [\"migrate\"], restart \"no\")");
            }

            if (Compose.Environment(name, "Database__MigrateOnStartup") != "false")
            {
                problems.Add($"{name}: still migrates on startup");
            }

            if (service.At("stop_grace_period").Text() != "30s" || Compose.Environment(name, "Shutdown__Timeout") != "00:00:25")
            {
                problems.Add($"{name}: not Shutdown__Timeout 00:00:25 within stop_grace_period 30s");
            }

            if (service.At("read_only").Text() != "true" || service.At("tmpfs").Text() != "/tmp")
            {
                problems.Add($"{name}: root file system not read-only with a tmpfs /tmp");
            }
        }

        Assert.Empty(problems);
    }
    [Fact]
    public void Console_stops_gracefully_on_a_read_only_root_and_keeps_its_key_ring_in_a_named_volume()
    {
        var (name, _, port) = Compose.Console;
        var console = Compose.Service(name);
        var keysPath = Compose.Environment(name, "DataProtection__KeysPath");
        var problems = new List<string>();
        if (console.At("stop_grace_period").Text() != "30s")
        {
            problems.Add($"{name}: stop_grace_period is not 30s (the host's own shutdown timeout)");
        }

        if (console.At("read_only").Text() != "true" || console.At("tmpfs").Text() != "/tmp")
        {
            problems.Add($"{name}: root file system not read-only with a tmpfs /tmp");
        }

        // A restart, or a new image, must find the same keys, or everyone is signed out and open forms fail.
        if (keysPath is null || !Compose.VolumeMounts(name).Any(m => m.Target == keysPath && !m.ReadOnly))
        {
            problems.Add($"{name}: DataProtection__KeysPath ({keysPath ?? "unset"}) is not where a named volume is mounted read-write");
        }

        if (Compose.Environment(name, "Ports__Http") != port.ToString(System.Globalization.CultureInfo.InvariantCulture)
            || !Compose.ContainerPorts(name).Contains(port))
        {
            problems.Add($"{name}: does not serve and publish HTTP on {port}");
        }

        if (Compose.Services.ContainsKey($"{name}-migrate"))
        {
            problems.Add($"{name}-migrate: the console has no database to migrate");
        }

        Assert.Empty(problems);
    }
}
