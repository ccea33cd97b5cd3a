namespace Platform.ServiceDefaults;

/// <summary>Tags of health checks: "ready" ones decide readiness and the gRPC health status.</summary>
public static class HealthTags
{
    public const string Ready = "ready";
}
