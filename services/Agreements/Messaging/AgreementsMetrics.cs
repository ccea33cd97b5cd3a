using System.Diagnostics.Metrics;
using Platform.Agreements.Domain.Breaches;
using Platform.ServiceDefaults;

namespace Platform.Agreements.Messaging;

/// <summary>The Agreements context's domain metrics, on the platform's domain meter.</summary>
internal static class AgreementsMetrics
{
    private static readonly Meter s_meter = new(PlatformMetrics.MeterName);

    private static readonly Counter<long> s_breachesDetermined =
        s_meter.CreateCounter<long>("platform.breaches.determined", "{breach}", "Breaches determined by the rules of clause 4");

    public static void BreachDetermined(Breach breach) =>
        s_breachesDetermined.Add(
            1,
            new KeyValuePair<string, object?>("breach.clause", breach.Clause.Number),
            new KeyValuePair<string, object?>("breach.severity", breach.Severity.ToString()));
}
