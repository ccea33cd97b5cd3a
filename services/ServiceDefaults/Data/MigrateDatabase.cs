using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Platform.ServiceDefaults.Data;

/// <summary>Brings a service's database schema up to date: the <c>migrate</c> command of a service image.</summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Applies pending migrations, either when asked (<see cref="IDatabaseMigrator"/>, the one-shot <c>migrate</c>
/// command a deployment runs before the services) or, with <c>Database:MigrateOnStartup</c>, before any other hosted
/// service starts (it is registered first and finishes in StartAsync), so the relay and scheduler never see an old
/// schema. Concurrent runs are serialised by EF Core's migration lock.
/// </summary>
internal sealed partial class MigrateDatabase<TDbContext>(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    ILogger<MigrateDatabase<TDbContext>> logger)
    : IHostedService, IDatabaseMigrator
    where TDbContext : DbContext
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.MigrateOnStartup ? MigrateAsync(cancellationToken) : Task.CompletedTask;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        db.Database.SetCommandTimeout(options.Value.MigrationCommandTimeout);
        // Creating the history table first spares a fresh database a logged failed query of it. Replicas
        // starting together may race to create it; the loser carries on to MigrateAsync, which is locked.
        try
        {
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
        {
        }

        await db.Database.MigrateAsync(cancellationToken);
        var latest = db.Database.GetMigrations().LastOrDefault() ?? "none";
        LogMigrated(typeof(TDbContext).Name, latest);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "{DbContext} schema is at migration {Migration}")]
    private partial void LogMigrated(string dbContext, string migration);
}
