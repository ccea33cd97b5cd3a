using System.Text;
using System.Text.RegularExpressions;

namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// The local overlay runs what docker-compose.yml runs, with the development values of deploy/local/env.sh, so a
/// token or password that works on a laptop works in its cluster too.
/// </summary>
public sealed class LocalOverlayTests
{
    private static readonly RenderedOverlay Local = RenderedOverlay.Of(RenderedOverlay.Local);

    [Fact]
    public void Local_postgres_init_script_is_the_compose_one()
    {
        var script = Repository.Read("deploy/kubernetes/overlays/local/postgres-init.sql");

        Assert.True(
            script == Repository.Read("deploy/docker/postgres-init.sql"),
            "deploy/kubernetes/overlays/local/postgres-init.sql differs from deploy/docker/postgres-init.sql; copy it again.");
    }

    [Theory]
    [MemberData(nameof(Cases.Services), MemberType = typeof(Cases))]
    public void Local_connection_string_reaches_the_service_database_on_the_local_postgres(string service)
    {
        var deployment = Local.Get("Deployment", service);
        var connection = SecretText(ContainerEnvironment.Of(Local, deployment, Assert.Single(deployment.Containers))["ConnectionStrings__Database"]);
        var settings = connection.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var postgres = Local.Get("Service", settings.GetValueOrDefault("Host") ?? "?");
        var port = settings.GetValueOrDefault("Port") ?? "5432";

        Assert.True(
            postgres.Spec?["ports"].Items().Any(p => p["port"].Text() == port) == true,
            $"{deployment}: the connection string's port {port} is not a port of {postgres}.");
        Assert.Equal(service, settings.GetValueOrDefault("Database"));
        Assert.Equal(service, settings.GetValueOrDefault("Username"));
        // env.sh's platform_db_password: "<name>-dev-password".
        Assert.Equal($"{service}-dev-password", settings.GetValueOrDefault("Password"));
    }

    [Fact]
    public void Local_secrets_are_the_development_values_of_env_sh()
    {
        var deployment = Local.Get("Deployment", "agreements");
        var environment = ContainerEnvironment.Of(Local, deployment, Assert.Single(deployment.Containers));

        Assert.Equal(EnvShVariable("PLATFORM_RABBITMQ_USER"), SecretText(environment["RabbitMq__Username"]));
        Assert.Equal(EnvShVariable("PLATFORM_RABBITMQ_PASSWORD"), SecretText(environment["RabbitMq__Password"]));
        Assert.Equal(EnvShVariable("PLATFORM_DEV_SIGNING_KEY"), SecretText(environment[ServiceSettings.SigningKeys + "0"]));
        Assert.Equal(EnvShVariable("PLATFORM_RABBITMQ_VHOST"), (environment["RabbitMq__VirtualHost"] as LiteralValue)?.Value);
        Assert.Equal(EnvShVariable("PLATFORM_AUTH_ISSUER"), (environment["Authentication__Issuer"] as LiteralValue)?.Value);
        Assert.Equal(EnvShVariable("PLATFORM_AUTH_AUDIENCE"), (environment["Authentication__Audience"] as LiteralValue)?.Value);
    }

    [Fact]
    public void Local_complaints_seals_contacts_with_the_development_key_of_its_appsettings()
    {
        var deployment = Local.Get("Deployment", "complaints");
        var environment = ContainerEnvironment.Of(Local, deployment, Assert.Single(deployment.Containers));
        var development = System.Text.Json.Nodes.JsonNode.Parse(Repository.Read("services/Complaints/appsettings.Development.json"))!["Complaints"]!["ContactEncryption"]!;
        var active = development["ActiveKeyId"]!.GetValue<string>();

        Assert.Equal(active, (environment[ServiceSettings.ActiveContactKey] as LiteralValue)?.Value);
        Assert.Equal(development["Keys"]![active]!.GetValue<string>(), SecretText(environment[ServiceSettings.ContactKeys + active]));
    }

    [Fact]
    public void Local_broker_host_is_the_local_rabbitmq()
    {
        var deployment = Local.Get("Deployment", "agreements");
        var host = ContainerEnvironment.Of(Local, deployment, Assert.Single(deployment.Containers))["RabbitMq__Host"] as LiteralValue;
        var rabbitmq = Local.Get("Service", host?.Value ?? "?");

        Assert.True(rabbitmq.Spec?["ports"].Items().Any(p => p["port"].Number() == 5672) == true, $"{rabbitmq} has no port 5672.");
    }

    private static string SecretText(EnvValue value)
    {
        var secret = value as SecretValue
            ?? throw new Xunit.Sdk.XunitException($"Expected a value from a Secret, found one from {value.Origin}.");
        var data = Local.Get("Secret", secret.Secret).Body["data"]?[secret.Key].Text()
            ?? throw new Xunit.Sdk.XunitException($"Secret/{secret.Secret} has no key {secret.Key}.");
        return Encoding.UTF8.GetString(Convert.FromBase64String(data));
    }

    private static string EnvShVariable(string name)
    {
        var match = Regex.Match(Repository.Read("deploy/local/env.sh"), $"^{name}=(\\S+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"deploy/local/env.sh sets no {name}.");
        return match.Groups[1].Value;
    }
}
