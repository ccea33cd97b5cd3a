namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>A port a pod's container declares.</summary>
internal sealed record ContainerPort(string? Name, int Number, string Protocol)
{
    public override string ToString() => $"{Name ?? "(unnamed)"} {Number}/{Protocol}";
}
