using System.Text.Json.Nodes;

namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// The environment a container gets: its <c>envFrom</c> ConfigMaps and Secrets, then its <c>env</c>, which wins
/// (as the kubelet does it).
/// </summary>
internal static class ContainerEnvironment
{
    public static IReadOnlyDictionary<string, EnvValue> Of(RenderedOverlay overlay, KubernetesObject workload, JsonObject container)
    {
        var where = $"{workload} container {container["name"].Text()}";
        var environment = new Dictionary<string, EnvValue>(StringComparer.Ordinal);
        foreach (var source in container["envFrom"].Items())
        {
            if (source["configMapRef"]?["name"].Text() is { } configMap)
            {
                var data = overlay.Get("ConfigMap", configMap).Body["data"].Map();
                foreach (var (name, value) in data)
                {
                    environment[name] = new LiteralValue(value, $"ConfigMap/{configMap}");
                }
            }
            else if (source["secretRef"]?["name"].Text() is { } secret)
            {
                // A Secret the overlay does not render (production's are the operator's) hides its names, so
                // they could not be checked against what the services read: name each variable with secretKeyRef.
                var data = overlay.Find("Secret", secret)?.Body["data"].Map()
                    ?? throw new Xunit.Sdk.XunitException(
                        $"{where}: envFrom Secret/{secret} is not rendered, so its variables cannot be checked; use secretKeyRef.");
                foreach (var name in data.Keys)
                {
                    environment[name] = new SecretValue(secret, name, $"envFrom Secret/{secret}");
                }
            }
        }

        foreach (var variable in container["env"].Items())
        {
            var name = variable["name"].Text() ?? string.Empty;
            environment[name] = variable["valueFrom"] switch
            {
                null => new LiteralValue(variable["value"].Text() ?? string.Empty, "value"),
                var from when from["secretKeyRef"] is { } secret =>
                    new SecretValue(secret["name"].Text() ?? string.Empty, secret["key"].Text() ?? string.Empty, "secretKeyRef"),
                var from when from["configMapKeyRef"] is { } map =>
                    new LiteralValue(
                        overlay.Get("ConfigMap", map["name"].Text() ?? string.Empty).Body["data"]?[map["key"].Text() ?? string.Empty].Text() ?? string.Empty,
                        $"ConfigMap/{map["name"].Text()}"),
                _ => new OtherValue("valueFrom"),
            };
        }

        return environment;
    }
}
