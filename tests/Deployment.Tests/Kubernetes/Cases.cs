namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>Theory data: the overlays, and each overlay with each service, so a failure names both.</summary>
public static class Cases
{
    public static TheoryData<string> Overlays => new(RenderedOverlay.Local, RenderedOverlay.Production);

    public static TheoryData<string, string> OverlaysAndServices
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var overlay in new[] { RenderedOverlay.Local, RenderedOverlay.Production })
            {
                foreach (var service in PlatformService.All)
                {
                    data.Add(overlay, service.Name);
                }
            }

            return data;
        }
    }

    public static TheoryData<string> Services => new(PlatformService.All.Select(s => s.Name));
}
