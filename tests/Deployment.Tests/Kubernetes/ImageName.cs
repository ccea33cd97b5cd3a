namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>The parts of an image reference: [registry/]repository[:tag][@digest].</summary>
internal static class ImageName
{
    public static string Repository(string image)
    {
        var name = image.Split('@')[0];
        var colon = name.LastIndexOf(':');
        return colon > name.LastIndexOf('/') ? name[..colon] : name;
    }

    public static string? Tag(string image)
    {
        var name = image.Split('@')[0];
        var colon = name.LastIndexOf(':');
        return colon > name.LastIndexOf('/') ? name[(colon + 1)..] : null;
    }
}
