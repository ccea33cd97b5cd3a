namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// The four services as their images and configuration define them: name (lower case, as Kubernetes names it),
/// image (deploy/docker/&lt;name&gt;.Dockerfile) and the two listeners (README.md, "Ports").
/// </summary>
internal sealed record PlatformService(string Name, int GrpcPort, int HttpPort)
{
    public static readonly IReadOnlyList<PlatformService> All =
    [
        new("agreements", 5101, 5201),
        new("complaints", 5102, 5202),
        new("assurance", 5103, 5203),
        new("disputes", 5104, 5204),
    ];

    /// <summary>The image without registry or tag, as the base names it.</summary>
    public string Image => $"platform/{Name}";

    public string MigrationJob => $"{Name}-migrate";

    public static PlatformService Named(string name) => All.Single(s => s.Name == name);
}
