using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Platform.ServiceDefaults.Data;

/// <summary>
/// Applies pending migrations before any other hosted service starts (it is registered first and finishes
/// in StartAsync), so the relay and scheduler never see an old schema. Concurrent replicas are serialised
/// by EF Core's migration lock.
/// </summary>
internal sealed partial class MigrateDatabase<TDbContext>(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    ILogger<MigrateDatabase<TDbContext>> logger)
    : IHostedService
    where TDbContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(pending.Count, typeof(TDbContext).Name);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to {DbContext}")]
    private partial void LogMigrating(int count, string dbContext);
}
