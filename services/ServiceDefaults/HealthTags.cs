namespace Platform.ServiceDefaults;

/// <summary>Tags of health checks.</summary>
public static class HealthTags
{
    /// <summary>Checks that decide readiness and the gRPC health status.</summary>
    public const string Ready = "ready";

    /// <summary>Checks of one external dependency (database, broker), each reported by <c>GetServiceStatus</c>.</summary>
    public const string Dependency = "dependency";
}
