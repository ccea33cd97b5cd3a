namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>Where a container's environment variable comes from.</summary>
internal abstract record EnvValue(string Origin);

/// <summary>A value written in the manifest: the container's own <c>value</c>, or a ConfigMap's.</summary>
internal sealed record LiteralValue(string Value, string Origin) : EnvValue(Origin);

/// <summary>A key of a Secret, by <c>secretKeyRef</c> or <c>envFrom</c>.</summary>
internal sealed record SecretValue(string Secret, string Key, string Origin) : EnvValue(Origin);

/// <summary>Anything else (<c>fieldRef</c>, <c>resourceFieldRef</c>).</summary>
internal sealed record OtherValue(string Origin) : EnvValue(Origin);
