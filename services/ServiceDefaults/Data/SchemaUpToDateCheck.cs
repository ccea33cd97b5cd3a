using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Platform.ServiceDefaults.Data;

/// <summary>
/// Ready only once the database has every migration this build knows: a replica started before its migration
/// step (compose's <c>*-migrate</c>, the Kubernetes Job) has finished takes no calls. Once up to date it stays so
/// (a later release adds migrations, not this one), so the history table is read only until then.
/// </summary>
internal sealed class SchemaUpToDateCheck<TDbContext>(IServiceScopeFactory scopes) : IHealthCheck
    where TDbContext : DbContext
{
    private volatile bool _upToDate;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (_upToDate)
        {
            return HealthCheckResult.Healthy();
        }

        await using var scope = scopes.CreateAsyncScope();
        var pending = (await scope.ServiceProvider.GetRequiredService<TDbContext>().Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        _upToDate = pending.Count == 0;
        return _upToDate
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending.Count} migrations not applied yet (first: {pending[0]}); run the service's `migrate` step.");
    }
}
