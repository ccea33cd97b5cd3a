namespace Platform.ServiceDefaults;

/// <summary>Name of the meter the contexts record their domain metrics on (SLA attainment, breaches).</summary>
public static class PlatformMetrics
{
    public const string MeterName = "Platform.Domain";
}
