using MassTransit;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.ServiceDefaults.Bus;

/// <summary>
/// Ready only while the bus and every consumer endpoint are ready. MassTransit's own check calls a bus
/// with faulted consumers "degraded", which gRPC health would still report as SERVING; a service whose
/// consumers are not consuming (broker gone, or an endpoint that did not come back) is not ready.
/// </summary>
internal sealed class MessageBusHealthCheck(IBusControl bus) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = bus.CheckHealth();
        if (health.Status == BusHealthStatus.Healthy)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Bus and consumers ready."));
        }

        var notReady = health.Endpoints
            .Where(endpoint => endpoint.Value.Status != BusHealthStatus.Healthy)
            .Select(endpoint => $"{endpoint.Key}: {endpoint.Value.Description}");
        return Task.FromResult(HealthCheckResult.Unhealthy($"{health.Description}. {string.Join("; ", notReady)}"));
    }
}
