using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.ServiceDefaults.Metrics;

/// <summary>
/// <c>platform.service.ready</c>: 1 while every readiness check (database, message bus) passes, else 0, from the
/// health reports published every few seconds (the same ones gRPC health answers from). An alert on 0 fires for
/// a service that runs but cannot serve; <c>up == 0</c> covers one that does not run.
/// </summary>
internal sealed class ReadinessGauge : IHealthCheckPublisher
{
    private int _ready;

    public ReadinessGauge(IMeterFactory meters) =>
        meters.Create(PlatformMetrics.MeterName).CreateObservableGauge(
            "platform.service.ready", () => Volatile.Read(ref _ready), "{ready}", "1 when the service's readiness checks pass, else 0");

    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        var ready = report.Entries.Values
            .Where(entry => entry.Tags.Contains(HealthTags.Ready))
            .All(entry => entry.Status == HealthStatus.Healthy);
        Volatile.Write(ref _ready, ready ? 1 : 0);
        return Task.CompletedTask;
    }
}
