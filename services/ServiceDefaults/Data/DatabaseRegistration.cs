using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Audit;

namespace Platform.ServiceDefaults.Data;

public static class DatabaseRegistration
{
    /// <summary>
    /// Adds the service's DbContext on PostgreSQL (connection string <c>ConnectionStrings:Database</c>) with
    /// connection resiliency, snake_case names, the audit trail, a readiness check, and migrations at start-up when
    /// <c>Database:MigrateOnStartup</c> is true.
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TDbContext>(this WebApplicationBuilder builder)
        where TDbContext : DbContext
    {
        // Contexts are pooled: their options (and the model's services) are built once, not on every call.
        // Configuration is read when the first context is made, so hosts built by tests can override it.
        builder.Services.AddPooledDbContextFactory<TDbContext>((services, options) => options
            .UseNpgsql(ConnectionString(services), npgsql => npgsql.EnableRetryOnFailure(maxRetryCount: 5, TimeSpan.FromSeconds(5), null))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(services.GetRequiredService<AuditSaveChangesInterceptor>()));
        // One context per call (DI scope), leased from the pool and returned when the scope ends.
        builder.Services.AddScoped(services =>
        {
            var db = services.GetRequiredService<IDbContextFactory<TDbContext>>().CreateDbContext();
            services.GetRequiredService<AuditSaveChangesInterceptor>().Attach(db, services.GetRequiredService<AuditScope>());
            return db;
        });
        // The audit trail lives in the service's database: a change and its record commit together.
        builder.Services.AddScoped<AuditScope>();
        builder.Services.AddSingleton<AuditSaveChangesInterceptor>();
        builder.Services.AddSingleton<IAuditTrail, AuditTrail<TDbContext>>();
        builder.Services.AddSingleton<SchemaUpToDateCheck<TDbContext>>();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<TDbContext>("database", tags: [HealthTags.Ready, HealthTags.Dependency])
            .AddCheck<SchemaUpToDateCheck<TDbContext>>("database-schema", tags: [HealthTags.Ready]);
        builder.Services.Configure<DatabaseOptions>(builder.Configuration.GetSection("Database"));
        builder.Services.AddSingleton<MigrateDatabase<TDbContext>>();
        builder.Services.AddSingleton<IDatabaseMigrator>(services => services.GetRequiredService<MigrateDatabase<TDbContext>>());
        builder.Services.AddHostedService(services => services.GetRequiredService<MigrateDatabase<TDbContext>>());
        return builder;
    }

    private static string ConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString("Database")
        ?? throw new InvalidOperationException("ConnectionStrings:Database is not configured (env ConnectionStrings__Database).");
}
